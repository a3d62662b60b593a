package org.perfgrade.ingest.county;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.TestDatabase;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.reference.CreditCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A county that keeps its ledger in a database of its own: pulled from a second schema with the same rules. */
@DatabaseTest
class CountyDatabasePullTests {

    static final TestDatabase countyDatabase = TestDatabase.create();
    static final String GOOD = CreditCode.withCheckCharacter("91410225MA4700001");
    static final String OTHER = CreditCode.withCheckCharacter("91410225MA4700002");

    @Autowired
    CountyDatabasePull pull;

    @Autowired
    JdbcClient jdbc;

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
        execute("DROP TABLE IF EXISTS key_enterprise",
                "CREATE TABLE key_enterprise (id INT PRIMARY KEY, code VARCHAR(18), name VARCHAR(100), "
                        + "county VARCHAR(20), industry VARCHAR(40), branch VARCHAR(40), grade VARCHAR(8), "
                        + "permit VARCHAR(30))",
                "INSERT INTO key_enterprise VALUES (1, '" + GOOD + "', '兰考县华源铸造有限公司', '兰考县', '铸造', "
                        + "'黑色金属铸造', 'B', '" + GOOD + "001P')",
                "INSERT INTO key_enterprise VALUES (2, '" + OTHER + "', '兰考县宏达水泥有限公司', '兰考县', '水泥厂', "
                        + "'熟料', 'A', NULL)");
    }

    @Test
    void pullsTheCountyDatabaseWithTheSameValidationAsASpreadsheet() {
        // when
        List<ImportReport> reports = pull.pullAll(LocalDate.of(2021, 6, 10));
        // then
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("imported");
            assertThat(r.county()).isEqualTo("兰考县");
            assertThat(r.kind()).isEqualTo("ledger");
            assertThat(r.rows()).isEqualTo(2);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("R04");
                assertThat(e.row()).isEqualTo(4);
                assertThat(e.message()).contains("水泥厂", "是否为“水泥”");
            });
        });
        assertThat(jdbc.sql("SELECT l.grade FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.credit_code = :c").param("c", GOOD).query(String.class).single()).isEqualTo("B");
        assertThat(jdbc.sql("SELECT source FROM submission").query(String.class).list()).singleElement()
                .asString().startsWith("县区数据库 jdbc:").doesNotContain("?", ";", "password");
    }

    @Test
    void anUnchangedCountyDatabaseIsRecognisedAsAlreadyImported() {
        // given
        pull.pullAll(LocalDate.of(2021, 6, 10));
        // when
        List<ImportReport> again = pull.pullAll(LocalDate.of(2021, 6, 11));
        // then
        assertThat(again).singleElement().extracting(ImportReport::status).isEqualTo("duplicate");
    }

    private static void execute(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(countyDatabase.url(), countyDatabase.user(),
                countyDatabase.password()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
