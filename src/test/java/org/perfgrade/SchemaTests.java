package org.perfgrade;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations under sql/ give the same schema and the same constraints on H2 and on MySQL/MariaDB. */
@DatabaseTest
class SchemaTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    /** The constraint tests insert enterprises of their own: start from an empty ledger (other tests share it). */
    @BeforeEach
    void emptyLedger() {
        LedgerTables.clear(jdbc);
    }

    @Test
    void everyMigrationIsAppliedIncludingTheJobRepository() throws Exception {
        // when
        var versions = jdbc.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL "
                + "ORDER BY installed_rank").query(String.class).list();
        long failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")
                .query(Long.class).single();
        // then: V1, V2 … without a gap, none failed, the job repository's tables among them
        assertThat(failed).isZero();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(String.valueOf(i + 1));
        }
        try (var connection = dataSource.getConnection()) {
            for (String table : new String[] { "BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION",
                    "BATCH_JOB_EXECUTION_CONTEXT" }) {
                boolean found = false;
                for (String name : new String[] { table, table.toLowerCase(java.util.Locale.ROOT) }) {
                    try (var tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                        found |= tables.next();
                    }
                }
                assertThat(found).as(table).isTrue();
            }
        }
    }

    @Test
    void aCreditCodeIsUniqueWhenKnownWhileManyEnterprisesMayLackOne() {
        // given
        long first = enterprise("91410222MA44A0B01X", "通许县甲公司");
        enterprise(null, "通许县乙公司");
        enterprise(null, "通许县丙公司");
        // when / then
        assertThat(first).isPositive();
        assertThatThrownBy(() -> enterprise("91410222MA44A0B01X", "通许县丁公司"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aLedgerLineIsUniquePerEnterpriseIndustryAndBranchEvenWithoutABranch() {
        // given
        long enterprise = enterprise("91410222MA44A0B02X", "通许县恒达铸造有限公司");
        long casting = industry("铸造");
        ledgerLine(enterprise, casting, null, "C");
        // when / then: a second line without branch collides, one with a branch does not
        assertThatThrownBy(() -> ledgerLine(enterprise, casting, null, "B"))
                .isInstanceOf(DataIntegrityViolationException.class);
        long branch = jdbc.sql("SELECT id FROM industry_branch WHERE industry_id = :i ORDER BY display_order")
                .param("i", casting).query(Long.class).list().get(0);
        assertThat(ledgerLine(enterprise, casting, branch, "B")).isEqualTo(1);
    }

    @Test
    void aLedgerLineCannotHoldAGradeOutsideTheVocabulary() {
        // given
        long enterprise = enterprise("91410222MA44A0B03X", "通许县某某家具有限公司");
        // when / then
        assertThatThrownBy(() -> ledgerLine(enterprise, industry("家具制造"), null, "E"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long enterprise(String creditCode, String name) {
        LocalDateTime now = LocalDateTime.of(2021, 6, 10, 9, 0);
        jdbc.sql("INSERT INTO enterprise (credit_code, name, county_code, created_at, updated_at) "
                + "VALUES (:code, :name, '410222', :now, :now)")
                .param("code", creditCode).param("name", name).param("now", now).update();
        return jdbc.sql("SELECT id FROM enterprise WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private long industry(String name) {
        return jdbc.sql("SELECT id FROM industry WHERE name = :name").param("name", name).query(Long.class).single();
    }

    private int ledgerLine(long enterprise, long industry, Long branch, String grade) {
        LocalDateTime now = LocalDateTime.of(2021, 6, 10, 9, 0);
        return jdbc.sql("INSERT INTO ledger_line (enterprise_id, industry_id, branch_id, branch_key, grade, listed_on, "
                + "created_at, updated_at) VALUES (:e, :i, :b, :key, :g, :on, :now, :now)")
                .param("e", enterprise).param("i", industry).param("b", branch).param("key", branch == null ? 0 : branch)
                .param("g", grade).param("now", now).param("on", now.toLocalDate()).update();
    }
}
