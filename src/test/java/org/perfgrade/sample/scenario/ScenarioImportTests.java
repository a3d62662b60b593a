package org.perfgrade.sample.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.TestDatabase;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.GradeCorrection;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleDefect;
import org.perfgrade.sample.SampleFileKind;
import org.perfgrade.sample.ScenarioFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scenario's county files imported night by night as the replay does (SubmissionImporter.importInbox with the
 * day as business date, the city's acts applied on their day): every workbook is taken, only the planted bad rows
 * are refused, and the grades end where the scenario says.
 */
@DatabaseTest
class ScenarioImportTests {

    static final LocalDate JUNE_END = LocalDate.of(2021, 6, 30);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GradeCorrection corrections;

    @Autowired
    ExpertRegister experts;

    @TempDir
    Path dir;

    @Test
    void juneArrivesWithThePreReviewGradesAndOnlyThePlantedDefectsRefused() throws IOException {
        // given
        LedgerTables.clear(jdbc);
        CampaignScenario scenario = CampaignScenario.of(reference, PreparedScenario.SEED, WorkbookStamp.inDefaultZone());
        // when the days up to 6/30 are imported on their days
        List<ImportReport> all = replay(scenario, JUNE_END);
        // then
        assertThat(unexpected(scenario, all)).isEmpty();
        assertThat(all.stream().map(ImportReport::kind).distinct()).containsOnly("ledger", "improvement", "expert");
        assertThat(all.stream().filter(r -> r.file().contains("（更正）"))).hasSize(1);
        Map<String, List<String>> grades = grades();
        assertThat(scenario.fates().juneGrades()).hasSizeGreaterThan(20).allSatisfy((key, june) -> {
            String[] parts = key.split("\\|");
            assertThat(grades.get(parts[0] + "|" + parts[1])).as(key).anyMatch(g -> java.util.Objects.equals(g, june));
        });
        int plans = jdbc.sql("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL").query(Integer.class)
                .single();
        assertThat(plans).isEqualTo(scenario.dataset().improvementPlans().size() + warningPlans(scenario) + 1);
    }

    @Test
    void theWholeCampaignImportsNightByNightAndEndsWithTheGradesOfTheScenario() throws IOException {
        assumeTrue(TestDatabase.isMysql(), "the whole campaign replays on MariaDB; H2 takes the June slice");
        // given
        LedgerTables.clear(jdbc);
        CampaignScenario scenario = CampaignScenario.of(reference, PreparedScenario.SEED, WorkbookStamp.inDefaultZone());
        // when each day's inbox is imported on its day and the city acts as the replay does
        List<ImportReport> all = replay(scenario, ScenarioCalendar.LAST);
        // then every workbook was taken, with only the planted bad rows refused
        assertThat(unexpected(scenario, all)).isEmpty();
        assertThat(all.stream().map(ImportReport::kind).distinct())
                .contains("ledger", "improvement", "expert", "application", "violation");
        assertThat(all.stream().filter(r -> List.of("application", "violation", "expert").contains(r.kind()))
                .flatMap(r -> r.errors().stream()).map(ImportReport.Entry::message)).isEmpty();
        int applications = jdbc.sql("SELECT COUNT(*) FROM grade_application WHERE retired_on IS NULL")
                .query(Integer.class).single();
        assertThat(applications).isEqualTo(scenario.review().timelines().size());
        // and the grades end where the scenario says: raised by the province, refused ones at their June grade (an
        // enterprise found violating afterwards is downgraded: checked below)
        Map<String, List<String>> grades = grades();
        java.util.Set<String> violating = new java.util.HashSet<>();
        scenario.city().violations().forEach(v -> violating.add(v.enterprise().creditCode()));
        for (ApplicationTimeline t : scenario.review().timelines()) {
            if (violating.contains(t.line().enterprise().creditCode())) {
                continue;
            }
            String key = t.line().line().creditCode() + "|" + t.line().line().industry();
            String expected = switch (t.line().fate()) {
                case RAISED, RAISED_LATER -> t.line().grade();
                case REFUSED -> t.line().line() == scenario.fates().corrected() ? t.line().line().grade()
                        : t.line().juneGrade();
                case CONFIRMED -> null;
            };
            if (expected != null) {
                assertThat(grades.get(key)).as(key + " " + t.line().fate()).anyMatch(g -> java.util.Objects.equals(g, expected));
            }
        }
        // and every standing 附件2 plan aiming at an A/B-class or 引领性 grade has an application for its target (or
        // its line an application of its own), save the laggard's
        List<String> ab = reference.grades().values().stream().filter(g -> g.abClass() || g.leading())
                .map(g -> g.code()).toList();
        List<String> unapplied = jdbc.sql("SELECT e.credit_code, i.name FROM improvement_plan p "
                        + "JOIN ledger_line l ON l.id = p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
                        + "JOIN industry i ON i.id = l.industry_id WHERE p.retired_on IS NULL AND l.retired_on IS NULL "
                        + "AND p.target_grade IN (:ab) AND NOT EXISTS (SELECT 1 FROM grade_application a "
                        + "WHERE a.ledger_line_id = l.id AND a.retired_on IS NULL)").param("ab", ab)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).list();
        var laggard = scenario.review().laggard().line();
        assertThat(unapplied).containsExactly(laggard.creditCode() + "|" + laggard.industry());
        assertThat(scenario.city().violations()).isNotEmpty().allSatisfy(v -> assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM grade_event g JOIN ledger_line l ON l.id = g.ledger_line_id JOIN enterprise e "
                        + "ON e.id = l.enterprise_id WHERE e.credit_code = :code AND g.reason = 'VIOLATION' "
                        + "AND g.effective_on = :day").param("code", v.enterprise().creditCode()).param("day", v.day())
                .query(Integer.class).single()).as(v.toString()).isPositive());
        var corrected = scenario.fates().corrected();
        assertThat(grades.get(corrected.creditCode() + "|" + corrected.industry())).contains(corrected.grade());
    }

    /** Imports each day's inbox on its day up to {@code last}, the city acting as the replay does; the reports. */
    private List<ImportReport> replay(CampaignScenario scenario, LocalDate last) throws IOException {
        List<ImportReport> all = new ArrayList<>();
        for (LocalDate day : scenario.days().stream().filter(d -> !d.isAfter(last)).toList()) {
            ScenarioDay prepared = scenario.prepare(day, dir.resolve("inbox").resolve(day.toString()),
                    dir.resolve("materials"));
            List<ImportReport> imported = importer.importInbox(dir.resolve("inbox").resolve(day.toString()), day);
            assertThat(imported).as(day.toString()).hasSameSizeAs(prepared.files());
            all.addAll(imported.stream().filter(r -> !r.file().endsWith(".pdf")).toList());
            for (CityAction action : prepared.cityActions()) {
                if (action instanceof CityAction.Correction c) {
                    GradeCorrection.Result result = corrections.correct(new GradeCorrection.Request(c.creditCode(),
                            c.industry(), c.branch(), c.grade(), c.reason(), day, null));
                    assertThat(result.corrected()).as(result.message()).isTrue();
                } else if (action instanceof CityAction.ExpertBar b) {
                    assertThat(experts.bar(b.name(), b.organisation(), day, b.notice())).isNotEmpty();
                }
            }
        }
        return all;
    }

    /** The workbooks not imported, or with other rows refused than the planted ones. */
    private List<String> unexpected(CampaignScenario scenario, List<ImportReport> all) {
        return all.stream().filter(r -> !ImportReport.IMPORTED.equals(r.status())
                        || r.rejected() != expectedRejects(scenario, r))
                .map(r -> r.file() + " " + r.status() + " " + r.reason() + " rejected " + r.rejected() + " expected "
                        + expectedRejects(scenario, r) + " " + r.errors().stream().filter(e -> "error".equals(e.level()))
                        .map(ImportReport.Entry::message).toList()).toList();
    }

    /** The planted 附件2 rows kept with a warning (a wrong check character): plans beside the clean ones. */
    private static int warningPlans(CampaignScenario scenario) {
        return (int) scenario.dataset().defects().stream()
                .filter(d -> d.fileKind() == SampleFileKind.IMPROVEMENT_LIST && d.warning()).count();
    }

    /** The current grades of the lines, by 统一社会信用代码|重点行业类型. */
    private Map<String, List<String>> grades() {
        Map<String, List<String>> grades = new TreeMap<>();
        jdbc.sql("SELECT e.credit_code, i.name, l.grade FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "JOIN industry i ON i.id = l.industry_id WHERE l.retired_on IS NULL").query((rs, n) -> {
                    grades.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                    return null;
                }).list();
        return grades;
    }

    /** The planted errors of the county's file of that kind (the corrected 附件2 fixes its first bad row). */
    private int expectedRejects(CampaignScenario scenario, ImportReport report) {
        String county = reference.county(report.county()).map(c -> c.code()).orElse(null);
        if (county == null) {
            return 0;
        }
        SampleFileKind kind = switch (report.kind()) {
            case "ledger" -> SampleFileKind.LEDGER;
            case "improvement" -> SampleFileKind.IMPROVEMENT_LIST;
            default -> null;
        };
        if (kind == null) {
            return 0;
        }
        List<SampleDefect> defects = new ArrayList<>(scenario.dataset().defects(county).stream()
                .filter(d -> d.fileKind() == kind).toList());
        if (report.file().contains("（更正）")) {
            defects.remove(defects.stream().filter(d -> ScenarioFiles.fixable(d.type())).findFirst().orElseThrow());
        }
        return (int) defects.stream().filter(d -> !d.warning()).count();
    }

}
