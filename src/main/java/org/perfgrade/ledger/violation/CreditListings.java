package org.perfgrade.ledger.violation;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.ledger.facts.ViolationType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 纳入信用信息共享平台名单: the violations credit-listed (their type one the rule lists) and found by a day, each with
 * the lines of its enterprise graded by the day found and their grades before and after the downgrade, read from the
 * grade history (the VIOLATION event of that day), so that a list of a past day can be made again. City-wide or one
 * county; in no particular order (the list sorts).
 */
@Repository
public class CreditListings {

    private static final String GRADE_ON_FOUND = "(SELECT g.new_grade FROM grade_event g WHERE g.ledger_line_id = l.id "
            + "AND g.effective_on <= v.found_on ORDER BY g.effective_on DESC, g.id DESC LIMIT 1)";
    private static final String GRADE_BEFORE_VIOLATION = "(SELECT g.old_grade FROM grade_event g "
            + "WHERE g.ledger_line_id = l.id AND g.reason = 'VIOLATION' AND g.effective_on = v.found_on "
            + "ORDER BY g.id LIMIT 1)";
    private static final String VIOLATION_ON_FOUND = "(SELECT COUNT(*) FROM grade_event g WHERE g.ledger_line_id = l.id "
            + "AND g.reason = 'VIOLATION' AND g.effective_on = v.found_on)";

    private final JdbcClient jdbc;

    CreditListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The credit-listed violations found on or before the day (county code null: the city). */
    @Transactional(readOnly = true)
    public List<CreditListing> asOf(LocalDate day, String countyCodeOrNull) {
        var spec = jdbc.sql("SELECT v.id, e.county_code, e.name, e.credit_code, v.violation_type, v.description, "
                + "v.source_document, v.found_on, i.name AS industry, i.display_order, b.name AS branch, "
                + GRADE_ON_FOUND + " AS grade_after, " + GRADE_BEFORE_VIOLATION + " AS grade_before, "
                + VIOLATION_ON_FOUND + " AS downgrades "
                + "FROM violation v JOIN enterprise e ON e.id = v.enterprise_id "
                + "LEFT JOIN ledger_line l ON l.enterprise_id = v.enterprise_id "
                + "AND (l.retired_on IS NULL OR l.retired_on > v.found_on) AND EXISTS (SELECT 1 FROM grade_event f "
                + "WHERE f.ledger_line_id = l.id AND f.effective_on <= v.found_on AND f.new_grade IS NOT NULL) "
                + "LEFT JOIN industry i ON i.id = l.industry_id LEFT JOIN industry_branch b ON b.id = l.branch_id "
                + "WHERE v.credit_listed = TRUE AND v.found_on <= :day"
                + (countyCodeOrNull == null ? "" : " AND e.county_code = :county"))
                .param("day", day);
        if (countyCodeOrNull != null) {
            spec = spec.param("county", countyCodeOrNull);
        }
        return spec.query((rs, n) -> {
            String after = rs.getString("grade_after");
            String before = rs.getLong("downgrades") > 0 ? rs.getString("grade_before") : after;
            String industry = rs.getString("industry");
            return new CreditListing(rs.getLong("id"), rs.getString("county_code"), rs.getString("name"),
                    rs.getString("credit_code"), ViolationType.valueOf(rs.getString("violation_type")).label(),
                    rs.getString("description"), rs.getString("source_document"),
                    rs.getObject("found_on", LocalDate.class), industry, rs.getString("branch"),
                    industry == null ? Integer.MAX_VALUE : rs.getInt("display_order"), before, after);
        }).list();
    }
}
