package org.perfgrade.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.batch.RunDateJobKeys;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * V21, 发文字号登记簿: the numbers given before there were several registers — the notices' and the filing letters',
 * which shared the notices' sequence — keep their numbers, codes and dates; the letters stay in the 攻坚办's register
 * so that no notice is given one of their numbers, and new letters start the bureau's own register.
 */
@RunsOnEachDatabase
class NumberRegisterMigrationTests {

    private static final LocalDate AUG_16 = LocalDate.of(2021, 8, 16);
    private static final LocalDate AUG_31 = LocalDate.of(2021, 8, 31);

    private TestDatabase database;
    private DataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void schemaBeforeV21() {
        database = TestDatabase.create();
        dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        jdbc = JdbcClient.create(dataSource);
        migrate("20");
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void oldNumbersAreKeptAndTheRegistersGoOnFromThem() {
        // given: two notices and a filing letter numbered in one sequence, before V21
        old(1, "progress", AUG_16, "", "进展通报");
        old(2, "filing-letter", AUG_16, "batch-1", "报送函（第1批）");
        old(3, "seasonal-control", AUG_31, "", "错峰生产通报");

        // when
        migrate("21");

        // then: every row keeps its number; its register, code and issue date are set
        assertThat(jdbc.sql("SELECT number_no, register_key, prefix, issued_on, as_of FROM notice_number "
                        + "ORDER BY number_no")
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getObject(4, LocalDate.class) + " " + rs.getObject(5, LocalDate.class)).list())
                .containsExactly("1 office 汴环攻坚办 2021-08-16 2021-08-16",
                        "2 office 汴环攻坚办函 2021-08-16 2021-08-16",
                        "3 office 汴环攻坚办 2021-08-31 2021-08-31");
        NoticeNumbers numbers = numbers();
        // the old documents keep their numbers (and the letter its code and its issuer, the 攻坚办)
        assertThat(numbers.assign(NoticeKind.PROGRESS, AUG_16, null, "进展通报").text())
                .isEqualTo("汴环攻坚办〔2021〕1号");
        assertThat(numbers.assign(NoticeKind.FILING_LETTER, AUG_16, "batch-1", null, "报送函（第1批）").text())
                .isEqualTo("汴环攻坚办函〔2021〕2号");
        assertThat(numbers.issuerOf(NoticeKind.FILING_LETTER, AUG_16, "batch-1").key()).isEqualTo("office");
        // a new notice follows every number of the old sequence and those given out before perfgrade (authority.yml:
        // 汴环攻坚办 to 〔2021〕91号); a new letter starts the bureau's register
        assertThat(numbers.assign(NoticeKind.EXPERT_CRITICISM, AUG_31, null, "通报批评").text())
                .isEqualTo("汴环攻坚办〔2021〕92号");
        assertThat(numbers.assign(NoticeKind.FILING_LETTER, AUG_31, "batch-2", null, "报送函（第2批）").text())
                .isEqualTo("汴环函〔2021〕1号");
        assertThat(numbers.issuerOf(NoticeKind.FILING_LETTER, AUG_31, "batch-2").name()).isEqualTo("开封市生态环境局");
        // and the old dates order the register: a notice dated before 31 August is refused
        assertThat(catchThrowable(() -> numbers.assign(NoticeKind.PROGRESS,
                LocalDate.of(2021, 8, 20), null, "进展通报"))).isInstanceOf(NoticeNumberException.class)
                .hasMessageContaining("汴环攻坚办〔2021〕92号");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:sql", "classpath:sql-vendor/" + (TestDatabase.isMysql() ? "mysql" : "h2"))
                .javaMigrations(new RunDateJobKeys()).target(target).load().migrate();
    }

    private void old(int number, String kind, LocalDate asOf, String subject, String title) {
        jdbc.sql("INSERT INTO notice_number (issue_year, number_no, kind, as_of, subject, title, issued_at) "
                        + "VALUES (2021, :number, :kind, :asOf, :subject, :title, :at)")
                .param("number", number).param("kind", kind).param("asOf", asOf).param("subject", subject)
                .param("title", title).param("at", LocalDateTime.of(2021, 9, 1, 9, 0)).update();
    }

    private NoticeNumbers numbers() {
        ConfigFiles config = new ConfigFiles(List.of(Path.of("config")));
        ReferenceData reference = new ReferenceDataReader(config).read();
        return new NoticeNumbers(jdbc, reference, new NoticeTemplatesReader(config).read(), new NoticeProperties(1),
                Clock.system(ZoneId.of("Asia/Shanghai")));
    }
}
