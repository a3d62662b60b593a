package org.perfgrade.ledger.asof;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 统计日台账: the ledger lines that stand at the end of a business day ({@link StandingRule}: listed by then, not
 * retired on or before the day, their industry still in config), with the grade each held that day, streamed for the
 * whole city or one county. The snapshot, the emergency list, the derived lists and the notices read them here.
 */
@Repository
public class StandingLines {

    private static final String FROM = "FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
            + "JOIN industry i ON i.id = l.industry_id LEFT JOIN industry_branch b ON b.id = l.branch_id ";

    private final JdbcClient jdbc;
    private final LineGrades lineGrades;

    StandingLines(JdbcClient jdbc, LineGrades lineGrades) {
        this.jdbc = jdbc;
        this.lineGrades = lineGrades;
    }

    /**
     * Every line that stands on the day (county null: the city), with its grade that day: the grades from
     * {@link LineGrades} (one scan of the events), then one scan of the lines, instead of a grade subquery per line.
     * Repeated texts (county, industry, branch) are one instance each.
     */
    public void forEach(LocalDate day, String countyOrNull, Consumer<StandingLine> sink) {
        LineGrades.OnDay grades = lineGrades.onDay(day);
        Map<String, String> texts = new HashMap<>();
        var spec = jdbc.sql("SELECT l.id, l.enterprise_id, e.county_code, i.industry_level, i.name AS industry, "
                + "b.name AS branch " + FROM + "WHERE i.active = TRUE AND " + StandingRule.standing("l") + " AND "
                + StandingRule.listed("l") + (countyOrNull == null ? "" : " AND e.county_code = :county"))
                .param("day", day);
        if (countyOrNull != null) {
            spec = spec.param("county", countyOrNull);
        }
        spec.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            sink.accept(new StandingLine(id, rs.getLong("enterprise_id"), shared(texts, rs.getString("county_code")),
                    rs.getString("industry_level"), shared(texts, rs.getString("industry")),
                    shared(texts, rs.getString("branch")), grades.grade(id)));
        });
    }

    /** One county's standing lines with the particulars the 应急减排清单 prints, in no particular order. */
    public void details(LocalDate day, String county, Consumer<LineDetail> sink) {
        jdbc.sql("SELECT l.id, l.enterprise_id, e.credit_code, e.name AS enterprise_name, e.county_code, e.township, "
                + "e.address, e.permit_no, i.name AS industry, b.name AS branch, l.so2_tpa, l.nox_tpa, l.pm_tpa, "
                + "l.vocs_tpa, l.main_products, l.production_lines, " + StandingRule.gradeOnDay("l.id", "day")
                + " AS grade " + FROM + "WHERE e.county_code = :county AND i.active = TRUE AND "
                + StandingRule.standing("l") + " AND " + StandingRule.listed("l"))
                .param("day", day).param("county", county)
                .query((ResultSet rs) -> {
                    sink.accept(new LineDetail(rs.getLong("id"), rs.getLong("enterprise_id"),
                            rs.getString("credit_code"), rs.getString("enterprise_name"), rs.getString("county_code"),
                            rs.getString("township"), rs.getString("address"), rs.getString("permit_no"),
                            rs.getString("industry"), rs.getString("branch"), rs.getBigDecimal("so2_tpa"),
                            rs.getBigDecimal("nox_tpa"), rs.getBigDecimal("pm_tpa"), rs.getBigDecimal("vocs_tpa"),
                            rs.getString("main_products"), rs.getString("production_lines"), rs.getString("grade")));
                });
    }

    /**
     * Every standing line of the city with its enterprise's facts, its grade on the day and whether it had any grade
     * by then, in no particular order.
     */
    public List<ListedLine> listed(LocalDate day) {
        return jdbc.sql("SELECT l.id, l.enterprise_id, e.credit_code, e.name, e.county_code, e.clean_energy, "
                + "e.low_vocs_materials, i.name AS industry, i.display_order, b.name AS branch, "
                + StandingRule.gradeOnDay("l.id", "day") + " AS grade, "
                + "(SELECT COUNT(*) FROM grade_event g WHERE g.ledger_line_id = l.id AND g.effective_on <= :day "
                + "AND " + StandingRule.recorded("g") + " AND g.new_grade IS NOT NULL) AS graded " + FROM
                + "WHERE i.active = TRUE AND " + StandingRule.standing("l") + " AND " + StandingRule.listed("l"))
                .param("day", day)
                .query((rs, n) -> new ListedLine(rs.getLong("id"), rs.getLong("enterprise_id"),
                        rs.getString("county_code"), rs.getString("credit_code"), rs.getString("name"),
                        rs.getBoolean("clean_energy"), rs.getBoolean("low_vocs_materials"), rs.getString("industry"),
                        rs.getInt("display_order"), rs.getString("branch"), rs.getString("grade"),
                        rs.getLong("graded") > 0))
                .list();
    }

    /** One copy of each distinct text (the driver makes a new string per row; a million lines share a few hundred). */
    private static String shared(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }
}
