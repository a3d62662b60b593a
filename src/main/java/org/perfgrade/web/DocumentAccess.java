package org.perfgrade.web;

import java.util.Set;

/**
 * 文档查看权限: the one rule deciding which archived documents a console user may list and download.
 *
 * <table>
 *   <caption>Who sees what</caption>
 *   <tr><th>document</th><th>CITY 市局</th><th>COUNTY 县区</th><th>PROVINCE 省厅</th></tr>
 *   <tr><td>a county's extract (county = the user's county)</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>another county's extract</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>city-wide, aggregate figures only: briefing-pdf 每日进展简报, target-table-pdf 附件1 目标表,
 *       template-* 空白报送模板</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>city-wide enterprise lists and the rest (improvement-list 附件2, publicity 公示名单,
 *       emergency-list 应急减排清单, the 差异化管控 lists positive-list, vocs-exemption, priority-list,
 *       seasonal-control and credit-list 信用信息共享平台名单, receipts, font-check …)</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>filing-zip 报省材料包</td><td>yes</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * A county sees the city-wide aggregates because the briefing and 附件1 compare all counties by share only, with
 * no enterprise named; the city-wide lists name every county's enterprises and stay with the city.
 */
public final class DocumentAccess {

    /** Kinds of city-wide documents with aggregate figures only (no enterprise named). */
    static final Set<String> CITY_WIDE_AGGREGATES = Set.of("briefing-pdf", "target-table-pdf");

    /** The filing package for the province. */
    static final String FILING = "filing-zip";

    private DocumentAccess() {
    }

    /**
     * Whether the user reads the city-wide aggregate figures — the briefing, 附件1, and on the front page the
     * per-county table and the chart: the city and the counties, not the province.
     */
    public static boolean maySeeAggregates(ConsoleUserDetails user) {
        return user.role() != ConsoleRole.PROVINCE;
    }

    /** The one kind the user may see at all ({@value #FILING} for the province), null when there are several. */
    public static String onlyKind(ConsoleUserDetails user) {
        return user.role() == ConsoleRole.PROVINCE ? FILING : null;
    }

    public static boolean maySee(ConsoleUserDetails user, ConsoleDocument document) {
        return switch (user.role()) {
            case CITY -> true;
            case PROVINCE -> FILING.equals(document.kind());
            case COUNTY -> document.cityWide()
                    ? CITY_WIDE_AGGREGATES.contains(document.kind()) || document.kind().startsWith("template-")
                    : document.countyCode().equals(user.countyCode());
        };
    }
}
