package org.perfgrade.report;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.reference.County;
import org.perfgrade.reference.IssuingAuthority;
import org.perfgrade.reference.ReferenceData;

/**
 * 公示名单的文字: the title, the date line and the closing notice (公示期, how to object, the objection phone and
 * e-mail of {@code config/authority.yml}, the signing authority and the date), the same in the workbook and the PDF.
 *
 * @param title     开封市重点行业绩效分级A、B级（含B-级）及绩效引领性企业名单（公示）
 * @param dateLine  统计日期：2021年8月16日 (and the county of an extract)
 * @param notice    the paragraphs of the notice, the contact lines last
 * @param signature the issuing authority's name
 * @param date      the date under the signature, without leading zeros
 */
public record PublicityNotice(String title, String dateLine, List<String> notice, String signature, String date) {

    /**
     * 公示期 in working days. The 2021 plan names no period; 5 个工作日 is a usual period for such lists and is
     * *unconfirmed* for Kaifeng — a constant, not a setting, until the bureau confirms or changes it.
     */
    public static final int OBJECTION_WORKING_DAYS = 5;

    public PublicityNotice {
        notice = List.copyOf(notice);
    }

    /** The texts of the list as of a day, city-wide (county null) or for one county. */
    public static PublicityNotice of(ReferenceData reference, LocalDate asOf, County countyOrNull) {
        IssuingAuthority authority = reference.authority();
        String date = TargetTableReport.chineseDate(asOf);
        String title = reference.city().name() + "重点行业绩效分级A、B级（含B-级）及绩效引领性企业名单（公示）";
        String dateLine = "统计日期：" + date + (countyOrNull == null ? "" : "　县区：" + countyOrNull.name());
        List<String> notice = List.of(
                "以上为截至" + date + "认定的" + reference.city().name()
                        + "重点行业绩效分级A、B级（含B-级）及绩效引领性企业，现予以公示，公示期为"
                        + OBJECTION_WORKING_DAYS + "个工作日。",
                "公示期间，任何单位和个人对名单有异议的，可通过电话或电子邮件实名反映，并提供必要的证明材料；"
                        + "逾期或匿名反映的不予受理。",
                "联系电话：" + authority.objectionPhone(),
                "电子邮箱：" + authority.objectionEmail());
        return new PublicityNotice(title, dateLine, notice, authority.name(), date);
    }

    /** The notice as one text, a paragraph a line. */
    public String noticeText() {
        return String.join("\n", notice);
    }
}
