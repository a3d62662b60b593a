package org.perfgrade.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the reference data into the database so that ledger lines, targets and documents can refer to it.
 * Loading is an upsert: rows are updated in place, new ones inserted, and counties, industries or branches that
 * left the config are marked inactive rather than deleted, because the ledger and its history still point at them.
 */
@Repository
public class ReferenceDataRepository {

    private final JdbcClient jdbc;

    public ReferenceDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void synchronize(ReferenceData data) {
        saveCounties(data.counties());
        saveGrades(data.grades().values());
        saveIndustries(data.industries());
        saveTargets(data);
        saveCalendar(data.calendar());
    }

    private void saveCounties(List<County> counties) {
        Set<String> codes = new HashSet<>();
        // Free the names first: a county renamed into another's old name must not collide mid-way.
        jdbc.sql("UPDATE county SET name = CONCAT('#', code), active = FALSE").update();
        for (County c : counties) {
            codes.add(c.code());
            upsert("UPDATE county SET name = :name, display_order = :order, code_confirmed = :confirmed, "
                    + "active = TRUE WHERE code = :code",
                    "INSERT INTO county (code, name, display_order, code_confirmed, active) "
                    + "VALUES (:code, :name, :order, :confirmed, TRUE)",
                    Map.of("code", c.code(), "name", c.name(), "order", c.order(), "confirmed", c.codeConfirmed()));
        }
        jdbc.sql("DELETE FROM county_alias").update();
        for (County c : counties) {
            for (String alias : c.aliases()) {
                jdbc.sql("INSERT INTO county_alias (alias, county_code) VALUES (:alias, :code)")
                        .param("alias", alias).param("code", c.code()).update();
            }
        }
    }

    private void saveGrades(java.util.Collection<Grade> grades) {
        for (Grade g : grades) {
            upsert("UPDATE grade SET rank_no = :rank, ab_class = :ab, leading_grade = :leading, counts_as = :countsAs "
                    + "WHERE code = :code",
                    "INSERT INTO grade (code, rank_no, ab_class, leading_grade, counts_as) "
                    + "VALUES (:code, :rank, :ab, :leading, :countsAs)",
                    Map.of("code", g.code(), "rank", g.rank(), "ab", g.abClass(), "leading", g.leading(),
                            "countsAs", g.countsAs()));
        }
    }

    private void saveIndustries(List<Industry> industries) {
        jdbc.sql("UPDATE industry SET active = FALSE").update();
        jdbc.sql("UPDATE industry_branch SET active = FALSE").update();
        for (Industry i : industries) {
            upsert("UPDATE industry SET industry_level = :level, review_category = :category, grade_scheme = :scheme, "
                    + "confirmed = :confirmed, display_order = :order, active = TRUE WHERE name = :name",
                    "INSERT INTO industry (name, industry_level, review_category, grade_scheme, confirmed, "
                    + "display_order, active) VALUES (:name, :level, :category, :scheme, :confirmed, :order, TRUE)",
                    Map.of("name", i.name(), "level", i.level().name(), "category", i.category().name(),
                            "scheme", i.scheme().asText(), "confirmed", i.confirmed(), "order", i.order()));
            long industryId = jdbc.sql("SELECT id FROM industry WHERE name = :name").param("name", i.name())
                    .query(Long.class).single();
            for (IndustryBranch b : i.branches()) {
                String scheme = b.scheme().equals(i.scheme()) ? null : b.scheme().asText();
                java.util.HashMap<String, Object> params = new java.util.HashMap<>();
                params.put("industry", industryId);
                params.put("name", b.name());
                params.put("scheme", scheme);
                params.put("order", b.order());
                upsert("UPDATE industry_branch SET grade_scheme = :scheme, display_order = :order, active = TRUE "
                        + "WHERE industry_id = :industry AND name = :name",
                        "INSERT INTO industry_branch (industry_id, name, grade_scheme, display_order, active) "
                        + "VALUES (:industry, :name, :scheme, :order, TRUE)", params);
            }
        }
    }

    private void saveTargets(ReferenceData data) {
        int year = data.calendar().year();
        jdbc.sql("DELETE FROM target WHERE campaign_year = :year").param("year", year).update();
        for (Target t : data.targets()) {
            jdbc.sql("INSERT INTO target (campaign_year, county_code, industry_level, metric, comparison, threshold) "
                    + "VALUES (:year, :county, :level, :metric, :comparison, :threshold)")
                    .param("year", t.year()).param("county", t.countyCode()).param("level", t.level().name())
                    .param("metric", t.metric().name()).param("comparison", t.comparison().name())
                    .param("threshold", t.threshold()).update();
        }
        jdbc.sql("DELETE FROM city_goal WHERE campaign_year = :year").param("year", year).update();
        for (CityGoal g : data.cityGoals()) {
            jdbc.sql("INSERT INTO city_goal (campaign_year, goal_no, industry_level, grade, metric, comparison, "
                    + "threshold, include_leading, label) VALUES (:year, :no, :level, :grade, :metric, :comparison, "
                    + ":threshold, :leading, :label)")
                    .param("year", g.year()).param("no", g.number())
                    .param("level", g.level() == null ? null : g.level().name()).param("grade", g.grade())
                    .param("metric", g.metric().name()).param("comparison", g.comparison().name())
                    .param("threshold", g.threshold()).param("leading", g.includeLeading())
                    .param("label", g.label()).update();
        }
    }

    private void saveCalendar(CampaignCalendar calendar) {
        jdbc.sql("DELETE FROM campaign_deadline WHERE campaign_year = :year").param("year", calendar.year()).update();
        jdbc.sql("DELETE FROM campaign_stage WHERE campaign_year = :year").param("year", calendar.year()).update();
        for (CampaignStage s : calendar.stages()) {
            jdbc.sql("INSERT INTO campaign_stage (campaign_year, code, name, starts_on, ends_on, display_order) "
                    + "VALUES (:year, :code, :name, :from, :to, :order)")
                    .param("year", calendar.year()).param("code", s.code()).param("name", s.name())
                    .param("from", s.from()).param("to", s.to()).param("order", s.order()).update();
            for (Deadline d : s.deadlines()) {
                jdbc.sql("INSERT INTO campaign_deadline (campaign_year, code, stage_code, name, due_on, "
                        + "review_category, batch_no) VALUES (:year, :code, :stage, :name, :due, :category, :batch)")
                        .param("year", calendar.year()).param("code", d.code()).param("stage", s.code())
                        .param("name", d.name()).param("due", d.due())
                        .param("category", d.category() == null ? null : d.category().name())
                        .param("batch", d.batch() == 0 ? null : d.batch()).update();
            }
        }
    }

    private void upsert(String update, String insert, Map<String, ?> params) {
        if (jdbc.sql(update).params(params).update() == 0) {
            jdbc.sql(insert).params(params).update();
        }
    }
}
