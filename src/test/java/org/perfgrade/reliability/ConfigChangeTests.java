package org.perfgrade.reliability;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.cli.CliEnvironment;
import org.perfgrade.cli.PerfgradeMain;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.report.TargetTableReport;
import org.perfgrade.sample.SampleSubmissions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A config change between two nightly runs — a new industry, a corrected 附件1 target of one county — is picked up
 * by the next run and recorded in its snapshot, while the past date's documents re-render from the snapshot stored
 * for that date, with the targets and rules it had.
 */
@RunsOnEachDatabase
class ConfigChangeTests {

    private static final LocalDate BEFORE = LocalDate.of(2021, 8, 16);
    private static final LocalDate AFTER = LocalDate.of(2021, 8, 17);

    @TempDir
    Path dir;

    @Test
    void aNewIndustryAndACorrectedTargetArePickedUpAndThePastRendersAsItWas() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("perfgrade.db.url", database.url());
            properties.put("perfgrade.db.user", database.user());
            properties.put("perfgrade.db.password", database.password());
            properties.put("perfgrade.data-dir", dir.resolve("data").toString());
            properties.put("perfgrade.config-dir", config.toString());
            Map<String, String> env = Map.of("PERFGRADE_CONFIG_DIR", config.toString());
            Path out = dir.resolve("out");
            // given the nightly run of the first day on the packaged config
            SampleSubmissions.withScale(new ReferenceDataReader(new ConfigFiles(List.of(config))).read(), 13, 40)
                    .writeInbox(dir.resolve("inbox"), BEFORE);
            String[] first = cli(env, properties, "nightly", "--as-of", BEFORE.toString(), "--inbox",
                    dir.resolve("inbox").toString(), "--out", out.toString());
            assertThat(first[0]).as(first[1]).isEqualTo("0");
            Path table = out.resolve(TargetTableReport.path(BEFORE, null));
            String tableAsItWas = text(table);
            // when 兰考县's national pass target is corrected to 22 % and a provincial industry is added
            String targets = new String(ConfigFiles.class.getResourceAsStream("/config/targets.yml").readAllBytes(),
                    StandardCharsets.UTF_8).replace("overrides: []",
                    "overrides:\n  - { county: 兰考县, level: national, metric: passed, comparison: gt, threshold: 22 }");
            Files.writeString(config.resolve("targets.yml"), targets);
            String industries = new String(ConfigFiles.class.getResourceAsStream("/config/industries.yml")
                    .readAllBytes(), StandardCharsets.UTF_8).stripTrailing()
                    + "\n  - { name: 测试新增行业,   level: provincial, category: henan, scheme: ABCD, confirmed: false }\n";
            Files.writeString(config.resolve("industries.yml"), industries);
            Files.createDirectories(dir.resolve("inbox2"));
            String[] second = cli(env, properties, "nightly", "--as-of", AFTER.toString(), "--inbox",
                    dir.resolve("inbox2").toString(), "--out", out.toString(), "--json");
            String[] past = cli(env, properties, "report", "--as-of", BEFORE.toString(), "--out", out.toString());
            // then: the next run has the new industry and the corrected target, recorded in its snapshot
            assertThat(second[0]).as(second[1]).isEqualTo("0");
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                assertThat(count(c, "SELECT COUNT(*) FROM industry WHERE name = '测试新增行业'")).isEqualTo(1);
                assertThat(count(c, "SELECT COUNT(*) FROM target t JOIN county k ON k.code = t.county_code "
                        + "WHERE k.name = '兰考县' AND t.industry_level = 'NATIONAL' AND t.metric = 'PASSED' "
                        + "AND t.threshold = 22")).isEqualTo(1);
                assertThat(percent(passedTarget(payload(c, BEFORE), "兰考县"))).isEqualByComparingTo("20");
                assertThat(percent(passedTarget(payload(c, AFTER), "兰考县"))).isEqualByComparingTo("22");
                assertThat(percent(passedTarget(payload(c, AFTER), "杞县"))).isEqualByComparingTo("20");
            }
            assertThat(text(out.resolve(TargetTableReport.path(AFTER, null)))).isNotEqualTo(tableAsItWas);
            // and the first day re-rendered under the new config reads as it did
            assertThat(past[0]).as(past[1]).isEqualTo("0");
            assertThat(text(table)).isEqualTo(tableAsItWas);
        }
    }

    /** The national pass target of a county in a stored snapshot (JSON). */
    private static BigDecimal passedTarget(String payload, String county) {
        JsonNode snapshot = JsonMapper.builder().build().readTree(payload);
        for (JsonNode c : snapshot.get("counties")) {
            if (c.get("county").asString().equals(county)) {
                for (JsonNode level : c.get("levels")) {
                    if (level.get("level").asString().equals("national")) {
                        return new BigDecimal(level.get("passedTarget").asString());
                    }
                }
            }
        }
        throw new AssertionError("no national figures of " + county + " in " + payload);
    }

    /** A target as a percentage, whether stored as a fraction (0.22) or a percentage (22). */
    private static BigDecimal percent(BigDecimal target) {
        return target.compareTo(BigDecimal.ONE) <= 0 ? target.movePointRight(2) : target;
    }

    private static String payload(Connection c, LocalDate day) throws Exception {
        try (var s = c.prepareStatement("SELECT payload FROM snapshot WHERE as_of = ?")) {
            s.setObject(1, day);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String[] cli(Map<String, String> env, Map<String, Object> properties, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfgradeMain.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, properties));
        return new String[] { String.valueOf(code), err.toString(StandardCharsets.UTF_8) + out };
    }
}
