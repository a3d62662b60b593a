package org.perfgrade.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.cli.CliEnvironment;
import org.perfgrade.cli.PerfgradeMain;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code perfgrade bench} at a tiny size (1,000 lines, one repetition, no warm-up): the shape of the table and of
 * {@code bench.json}, and that every stage handled the right lines — read back from the database, the workbooks and
 * the PDF. Timings are not checked.
 */
@RunsOnEachDatabase
class BenchTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> STAGES = List.of("import", "snapshot", "improvement-list-xlsx",
            "emergency-list-xlsx", "improvement-list-pdf");

    @TempDir
    Path workspace;

    private TestDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void benchMeasuresEveryStageBesideItsFloorAndEachStageHandlesEveryLine() throws Exception {
        // given
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.data-dir", workspace.resolve("data").toString());
        if (TestDatabase.isMysql()) {
            properties.put("perfgrade.db.url", database.url());
            properties.put("perfgrade.db.user", database.user());
            properties.put("perfgrade.db.password", database.password());
        }
        Path out = workspace.resolve("out");
        // when
        Run json = run(properties, "bench", "--lines", "1000", "--repeat", "1", "--warmup-lines", "0",
                "--pdf-lines", "300", "--out", out.toString(), "--json");
        // then: the JSON on stdout and bench.json, listed in the manifest
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode result = JSON.readTree(json.out());
        JsonNode stored = JSON.readTree(out.resolve("bench/bench.json").toFile());
        assertThat(stored).isEqualTo(result);
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.valueStream().map(e -> e.get("kind").asString())).contains("bench");
        long lines = result.get("lines").asLong();
        assertThat(lines).isBetween(900L, 1_100L);
        assertThat(result.get("db").asString()).isNotBlank();
        List<String> names = new ArrayList<>();
        Map<String, JsonNode> stages = new HashMap<>();
        for (JsonNode stage : result.get("stages")) {
            names.add(stage.get("stage").asString());
            stages.put(stage.get("stage").asString(), stage);
            assertThat(stage.get("seconds").asDouble()).isPositive();
            assertThat(stage.get("linesPerSecond").asDouble())
                    .isCloseTo(stage.get("lines").asDouble() / stage.get("seconds").asDouble(),
                            within(stage.get("linesPerSecond").asDouble() * 0.01 + 1));
            assertThat(stage.get("peakHeapMb").asLong()).isPositive();
            if (stage.get("floorSeconds") != null && !stage.get("floorSeconds").isNull()) {
                assertThat(stage.get("ratio").asDouble()).isCloseTo(
                        stage.get("seconds").asDouble() / stage.get("floorSeconds").asDouble(),
                        within(stage.get("ratio").asDouble() * 0.02 + 0.01));
            }
        }
        // the filing package is the last stage, or the notes say why it failed (MariaDB: its gap list overflows the
        // job repository's context column at this scale, a finding for the filing package)
        if (names.contains("filing-package")) {
            assertThat(names).isEqualTo(concat(STAGES, "filing-package"));
            assertThat(stages.get("filing-package").get("lines").asLong()).isBetween(1L, lines);
        } else {
            assertThat(names).isEqualTo(STAGES);
            assertThat(result.get("notes").valueStream().map(JsonNode::asString))
                    .anyMatch(n -> n.startsWith("报省备案材料包阶段失败"));
        }
        assertThat(stages.get("snapshot").get("lines").asLong()).isEqualTo(lines);
        assertThat(stages.get("snapshot").get("ratio").isNull()).isTrue();
        assertThat(stages.values().stream().filter(st -> !st.get("floorSeconds").isNull()).map(st -> st.get("stage")
                .asString())).containsExactlyInAnyOrder("import", "improvement-list-xlsx", "emergency-list-xlsx",
                "improvement-list-pdf");
        assertThat(stages.get("emergency-list-xlsx").get("lines").asLong()).isEqualTo(lines);
        assertThat(result.get("floors").valueStream().map(f -> f.get("floor").asString())).contains("xlsx-read",
                "db-load-jdbc", "xlsx-write-improvement", "xlsx-write-emergency", "pdf-improvement");
        // the import accepted every clean line: the ledger holds the lines, the plans are the 附件2 rows
        long plans = stages.get("improvement-list-xlsx").get("lines").asLong();
        assertThat(count("SELECT COUNT(*) FROM ledger_line WHERE retired_on IS NULL")).isEqualTo(lines);
        assertThat(count("SELECT COUNT(*) FROM improvement_plan WHERE retired_on IS NULL")).isEqualTo(plans);
        assertThat(count("SELECT COUNT(*) FROM bench_floor_row")).as("the floor table is left empty").isZero();
        assertThat(stages.get("import").get("lines").asLong()).isEqualTo(lines + plans);
        // the workbooks hold one data row per line
        Path reports = onlyReportFolder(out);
        assertThat(dataRows(reports.resolve("附件2-重点行业绩效分级提升企业清单.xlsx"))).isEqualTo(plans);
        assertThat(dataRows(reports.resolve("重污染天气应急减排清单.xlsx"))).isEqualTo(lines);
        // the PDF renders the first --pdf-lines rows, numbered 1 … 300
        assertThat(stages.get("improvement-list-pdf").get("lines").asLong()).isEqualTo(Math.min(300, plans));
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("附件2-重点行业绩效分级提升企业清单.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("重点行业绩效分级提升企业清单");
        }
        // and the readable table names every stage
        Run table = run(properties, "bench", "--lines", "200", "--repeat", "1", "--warmup-lines", "0",
                "--out", out.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("stage", "lines/s", "floor s", "ratio", "xlsx-read", "机器：");
        STAGES.forEach(stage -> assertThat(table.out()).contains(stage));
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private long count(String sql) throws Exception {
        String url = TestDatabase.isMysql() ? database.url()
                : "jdbc:h2:file:" + workspace.resolve("data").resolve("perfgrade") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, TestDatabase.isMysql() ? database.user() : "sa",
                TestDatabase.isMysql() ? database.password() : "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path onlyReportFolder(Path out) throws Exception {
        try (Stream<Path> dates = Files.list(out.resolve("reports"))) {
            List<Path> all = dates.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** Rows whose 序号 is a number (the data rows, not the heading or the notes under the list). */
    private static long dataRows(Path xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            long rows = 0;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static Run run(Map<String, Object> properties, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PerfgradeMain.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), properties));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
