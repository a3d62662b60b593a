package org.perfgrade.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.perfgrade.ledger.asof.ReportedLine;

/**
 * 上报与认定: which reported lines the 公示名单 lists, under which grade, and the two dates of each line. The plan
 * (四(三), 四(四)) has the counties report their A级、B级、绩效引领性 lists after their review, and the city publish
 * "上报的" lists; the province certifies (省级核定).
 * <ul>
 *   <li><b>Listed.</b> A line with an application (申报及评审结果) is listed when no level wrote 不通过 and the newest
 *   decision — the province's result (when dated by the day), else the city's 会审 result, else the county's review
 *   result — is an A、B级（含B-级）or 引领性 grade; that grade is printed. The application decides: a line whose
 *   application was refused is not listed for an older grade in its ledger. A line without an application is
 *   listed when its ledger grade on the day (清单台账) is such a grade; so is a line whose application came in after the
 *   day.</li>
 *   <li><b>上报日期.</b> The business date the application first came in; for a ledger line, the date of the newest
 *   county-ledger grade event by the day (else the day the line came into the ledger).</li>
 *   <li><b>认定日期.</b> When the line holds the printed grade on the day — its standing ledger grade
 *   ({@code ledger.asof.StandingRule}, the grade the briefing and the progress notice count as 通过) is that grade —
 *   the effective date of the grade event that gave it: a provincial certification (省级核定), a city correction
 *   (市级更正), a 违法降级 or the grade the county's ledger carried, on its own date (never the import's clock),
 *   whether the application came in before, with or after it. Otherwise none (待认定): a line listed at a grade it does not hold
 *   yet (the county's or the city's result, or a provincial result not yet in the ledger).</li>
 * </ul>
 */
final class PublicityRules {

    /** A result no level passed (the importer stores every refusal so). */
    static final String REFUSED = "不通过";

    private final Predicate<String> published;
    private final Predicate<String> known;

    /**
     * @param published whether a grade code is listed (A、B级 or 引领性: {@code Grade#abClass})
     * @param known     whether a text is a configured grade code
     */
    PublicityRules(Predicate<String> published, Predicate<String> known) {
        this.published = published;
        this.known = known;
    }

    /**
     * The line as listed on the day, or empty when the list leaves it out.
     *
     * @param appliedOn the business date its application first came in (null: the line has none); an application
     *                  received after the day does not count yet
     */
    Optional<Listed> listed(ReportedLine line, LocalDate appliedOn, LocalDate day) {
        String grade;
        LocalDate reportedOn;
        boolean applied = line.applicationId() != null && appliedOn != null && !appliedOn.isAfter(day);
        if (applied) {
            boolean provincialCounts = line.provincialDate() == null || !line.provincialDate().isAfter(day);
            String provincial = provincialCounts ? line.provincialResult() : null;
            if (REFUSED.equals(line.countyResult()) || REFUSED.equals(line.cityResult())
                    || REFUSED.equals(provincial)) {
                return Optional.empty();
            }
            grade = firstGrade(provincial, line.cityResult(), line.countyResult());
            reportedOn = appliedOn;
        }
        else {
            grade = line.gradeOnDay();
            reportedOn = line.ledgerReportedOn() != null ? line.ledgerReportedOn() : line.listedOn();
        }
        if (grade == null || !published.test(grade)) {
            return Optional.empty();
        }
        return Optional.of(new Listed(grade, reportedOn, certifiedOn(line, grade)));
    }

    private static LocalDate certifiedOn(ReportedLine line, String grade) {
        return grade.equals(line.gradeOnDay()) ? line.gradedOn() : null;
    }

    private String firstGrade(String... candidates) {
        for (String c : candidates) {
            if (c != null && known.test(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A listed line's grade and dates.
     *
     * @param grade       the grade printed (绩效级别)
     * @param reportedOn  上报日期
     * @param certifiedOn 认定日期, null while not certified (待认定)
     */
    record Listed(String grade, LocalDate reportedOn, LocalDate certifiedOn) {
    }
}
