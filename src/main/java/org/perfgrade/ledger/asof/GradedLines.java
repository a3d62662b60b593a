package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 某日持有某级别的台账行: the standing lines that hold given grades on a business day ({@link StandingRule}), for the
 * 公示名单 and the benchmark's count of a filing package's enterprises.
 */
@Repository
public class GradedLines {

    private final JdbcClient jdbc;

    GradedLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The standing lines of active industries (county null: the city) whose grade on the day is one of
     * {@code grades}, with the date that grade took effect; in no particular order.
     */
    public List<GradedLine> holding(LocalDate day, String countyOrNull, Collection<String> grades) {
        String sql = """
                SELECT l.id, l.enterprise_id, e.name AS enterprise_name, e.credit_code, e.county_code,
                       c.name AS county_name, i.name AS industry, b.name AS branch, g.new_grade, g.effective_on
                FROM ledger_line l
                JOIN enterprise e ON e.id = l.enterprise_id
                JOIN county c ON c.code = e.county_code
                JOIN industry i ON i.id = l.industry_id
                LEFT JOIN industry_branch b ON b.id = l.branch_id
                JOIN grade_event g ON g.ledger_line_id = l.id
                WHERE i.active = TRUE
                """ + "  AND " + StandingRule.standing("l") + "\n  AND " + StandingRule.listed("l") + "\n  AND g.id = " + StandingRule.newestEventId("l.id")
                + "\n  AND g.new_grade IN (:grades)\n" + (countyOrNull == null ? "" : "  AND e.county_code = :county\n");
        var spec = jdbc.sql(sql).param("day", day).param("grades", List.copyOf(grades));
        if (countyOrNull != null) {
            spec = spec.param("county", countyOrNull);
        }
        return spec.query((rs, n) -> new GradedLine(rs.getLong("id"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("credit_code"), rs.getString("county_code"),
                rs.getString("county_name"), rs.getString("industry"), rs.getString("branch"),
                rs.getString("new_grade"), rs.getObject("effective_on", LocalDate.class))).list();
    }

    /**
     * Every standing line (of any industry) whose grade on the day the {@code grade} table marks as A/B-class or
     * 引领性.
     */
    public void abClass(LocalDate day, Consumer<AbClassLine> sink) {
        jdbc.sql("SELECT l.enterprise_id, i.name, e.guarantee_type FROM ledger_line l "
                + "JOIN industry i ON i.id = l.industry_id JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE " + StandingRule.standing("l") + " AND " + StandingRule.listed("l")
                + " AND EXISTS (SELECT 1 FROM grade g "
                + "WHERE (g.ab_class = TRUE OR g.leading_grade = TRUE) AND g.code = "
                + StandingRule.gradeOnDay("l.id", "day") + ")")
                .param("day", day).query((ResultSet rs) -> {
                    sink.accept(new AbClassLine(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
    }
}
