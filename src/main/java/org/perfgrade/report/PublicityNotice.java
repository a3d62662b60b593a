package org.perfgrade.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.reference.CampaignCalendar;
import org.perfgrade.reference.County;
import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.WorkingCalendar;

/**
 * 公示名单的文字, the same in the workbook and the PDF: the title and date line; the note (注) on per-line listing
 * against per-enterprise counting; the closing notice — what is published (the lists the counties reported, as the
 * plan's 四(四) says), the 公示期 with its first and last day counted in working days on the holiday calendar
 * ({@link WorkingCalendar#periodAfter}: from the first working day after the business date, for
 * {@link CampaignCalendar#publicityWorkingDays()} working days), how to object, the objection phone and e-mail of
 * {@code config/authority.yml} — and the signing authority and the date. An empty list says that there is nothing to
 * publish this time, with no 公示期 and no objection paragraph.
 *
 * @param title     开封市各县区上报的重点行业绩效分级A级、B级（含B-级）及绩效引领性企业名单（公示）
 * @param dateLine  统计日期：2021年8月16日 (and the county of an extract)
 * @param notice    the paragraphs of the notice, the contact lines last
 * @param note      注：… the listing and counting note, null for an empty list
 * @param signature the issuing authority's name
 * @param date      the date under the signature, without leading zeros
 * @param period    公示期, null for an empty list
 */
public record PublicityNotice(String title, String dateLine, List<String> notice, String note, String signature,
                              String date, WorkingCalendar.Period period) {

    /** The sentence of an empty list. */
    public static final String NONE = "本次无拟公示企业。";

    public PublicityNotice {
        notice = List.copyOf(notice);
    }

    /** The texts of the list of these rows as of a day, city-wide (county null) or for one county. */
    public static PublicityNotice of(ReferenceData reference, LocalDate asOf, County countyOrNull,
                                     List<PublicityListRow> rows) {
        IssuingAuthority authority = reference.authority();
        // the plan gives the publicity to 市生态环境局 (authority.yml: the issuer listing "publicity")
        String signature = authority.issuerOf("publicity").name();
        CampaignCalendar calendar = reference.calendar();
        String city = reference.city().name();
        String date = TargetTableReport.chineseDate(asOf);
        String reporters = countyOrNull == null ? "各县区" : countyOrNull.name();
        String lists = "重点行业绩效分级A级、B级（含B-级）及绩效引领性企业";
        String title = city + "各县区上报的" + lists + "名单（公示）";
        String dateLine = "统计日期：" + date + (countyOrNull == null ? "" : "　县区：" + countyOrNull.name());
        String plan = "《" + city + calendar.year() + "年重点行业绩效分级提升行动方案》";
        if (rows.isEmpty()) {
            return new PublicityNotice(title, dateLine,
                    List.of("截至" + date + "，" + reporters + "未上报" + lists + "。" + NONE), null, signature,
                    date, null);
        }
        WorkingCalendar.Period period = calendar.workingDays().periodAfter(asOf, calendar.publicityWorkingDays());
        List<String> notice = new ArrayList<>();
        notice.add("根据" + plan + "，现将截至" + date + reporters + "上报的" + lists + "名单予以公示，公示期为"
                + TargetTableReport.chineseDate(period.first()) + "至" + TargetTableReport.chineseDate(period.last())
                + "（" + period.workingDays() + "个工作日）。");
        if (rows.stream().anyMatch(r -> !r.certified())) {
            notice.add("名单中认定日期为“" + PublicityListRow.PENDING + "”的，为" + reporters
                    + "已上报、尚未完成审核认定的企业，其绩效级别以审核认定结果为准。");
        }
        notice.add("公示期间，任何单位和个人对名单有异议的，可通过电话或电子邮件实名反映，并提供必要的证明材料；"
                + "逾期或匿名反映的不予受理。");
        notice.add("联系电话：" + authority.objectionPhone());
        notice.add("电子邮箱：" + authority.objectionEmail());
        return new PublicityNotice(title, dateLine, notice, note(rows), signature, date, period);
    }

    /** 注: the lines listed one by one against the enterprises counted once each. */
    static String note(List<PublicityListRow> rows) {
        long enterprises = rows.stream().mapToLong(PublicityListRow::enterpriseId).distinct().count();
        return "注：本名单按企业的重点行业记录逐条列出，共" + rows.size() + "条，涉及" + enterprises + "家企业；"
                + "同一企业有多个重点行业记录的，每条记录各列一行。进展统计（每日进展简报等）按企业计数，"
                + "每家企业只计一次，按其各重点行业记录中最低的绩效级别计。";
    }

    /** The notice as one text, a paragraph a line. */
    public String noticeText() {
        return String.join("\n", notice);
    }
}
