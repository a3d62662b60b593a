package org.perfgrade.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.TestDatabase;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the night takes in besides county folders: a file lying directly in the inbox and a county database named in
 * config, each reported in the night's outcome — the inbox in 附件1 order (loose files after the county folders), then
 * the databases. On H2 and MariaDB.
 */
@DatabaseTest
class NightlyIntakeSourcesTests {

    static final TestDatabase countyDatabase = TestDatabase.create();
    static final String GOOD = CreditCode.withCheckCharacter("91410225MA4700011");
    static final LocalDate DAY = LocalDate.of(2021, 9, 20);

    @Autowired
    NightlyRunner runner;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path elsewhere;

    @DynamicPropertySource
    static void countyDatabase(DynamicPropertyRegistry registry) {
        registry.add("perfgrade.ingest.databases[0].county", () -> "兰考县");
        registry.add("perfgrade.ingest.databases[0].kind", () -> "ledger");
        registry.add("perfgrade.ingest.databases[0].url", countyDatabase::url);
        registry.add("perfgrade.ingest.databases[0].user", countyDatabase::user);
        registry.add("perfgrade.ingest.databases[0].password", countyDatabase::password);
        registry.add("perfgrade.ingest.databases[0].query", () -> "SELECT code AS 统一社会信用代码, name AS 企业名称, "
                + "county AS 县区, industry AS 重点行业类型, branch AS 重点行业分支, grade AS 绩效级别, "
                + "permit AS 排污许可证编号 FROM key_enterprise ORDER BY id");
    }

    @AfterAll
    static void drop() {
        countyDatabase.close();
    }

    @BeforeEach
    void fillCountyDatabase() throws Exception {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        try (Connection c = DriverManager.getConnection(countyDatabase.url(), countyDatabase.user(),
                countyDatabase.password()); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS key_enterprise");
            s.execute("CREATE TABLE key_enterprise (id INT PRIMARY KEY, code VARCHAR(18), name VARCHAR(100), "
                    + "county VARCHAR(20), industry VARCHAR(40), branch VARCHAR(40), grade VARCHAR(8), "
                    + "permit VARCHAR(30))");
            s.execute("INSERT INTO key_enterprise VALUES (1, '" + GOOD + "', '兰考县华源铸造有限公司', '兰考县', '铸造', "
                    + "'黑色金属铸造', 'B', '" + GOOD + "001P')");
        }
    }

    @Test
    void aLooseInboxFileAndACountyDatabaseAreReportedInTheNightsOutcome() throws Exception {
        // given one county's folder, and another county's ledger lying directly in the inbox
        List<Path> files = SampleSubmissions.withScale(reference, 13, 60).writeInbox(elsewhere, DAY);
        List<County> others = reference.counties().stream().filter(c -> !c.name().equals("兰考县")).toList();
        County first = others.get(1);
        County second = others.get(3);
        Files.move(elsewhere.resolve(first.name()), inbox.resolve(first.name()));
        Path loose = files.stream().filter(f -> f.startsWith(elsewhere.resolve(second.name()))).toList().get(0);
        Files.move(loose, inbox.resolve(loose.getFileName()));
        // when the night runs
        NightlyOutcome outcome = runner.run(DAY, inbox, false);
        // then the county's files, the loose file and the county database are reported, in that order
        assertThat(outcome.imports()).hasSize(4);
        assertThat(outcome.imports().subList(0, 2)).extracting(ImportReport::county)
                .containsOnly(first.name());
        assertThat(Path.of(outcome.imports().get(2).file()).getFileName()).isEqualTo(loose.getFileName());
        assertThat(outcome.imports().get(2).county()).isEqualTo(second.name());
        assertThat(outcome.imports().get(3)).satisfies(pulled -> {
            assertThat(pulled.county()).isEqualTo("兰考县");
            assertThat(pulled.status()).isEqualTo(ImportReport.IMPORTED);
            assertThat(pulled.rows()).isEqualTo(1);
        });
        assertThat(outcome.imports()).extracting(ImportReport::status).doesNotContain(ImportReport.DUPLICATE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE source LIKE '县区数据库 %'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(outcome.snapshot().asOf()).isEqualTo(DAY);
    }
}
