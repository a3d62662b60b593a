package org.perfgrade.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.reference.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set of the publicity-list tests, imported through {@link LedgerImport} as county 清单台账 on their business
 * days (each grade change is a grade event effective that day): in 兰考县 and 杞县, enterprises at A, B, B-, 引领性,
 * C, D and 非引领性 in 长流程联合钢铁 and 水泥 (熟料 / 粉磨站); one enterprise graded in both industries; one
 * downgraded A→C after {@link #AS_OF}, one upgraded C→B before it and one upgraded C→A after it; one whose name a
 * spreadsheet could take for a formula.
 */
final class PublicityFixtures {

    static final String LANKAO = "410225";
    static final String QIXIAN = "410221";
    static final String STEEL = "长流程联合钢铁";
    static final String CEMENT = "水泥";

    static final LocalDate IMPORTED = LocalDate.of(2021, 6, 10);
    static final LocalDate UPGRADED = LocalDate.of(2021, 7, 20);
    static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);
    static final LocalDate LATER = LocalDate.of(2021, 9, 1);

    static final String STEEL_A = "兰考钢铁甲有限公司";
    static final String STEEL_B_MINUS = "开封乙钢铁有限公司";
    static final String TWO_INDUSTRIES = "兰考双业丁有限公司";
    static final String LEADING = "兰考戊建材有限公司";
    static final String STEEL_C = "兰考丙钢铁有限公司";
    static final String CEMENT_D = "兰考庚水泥有限公司";
    static final String DOWNGRADED_LATER = "兰考降级有限公司";
    static final String QIXIAN_STEEL_A = "杞县钢铁己有限公司";
    static final String UPGRADED_BEFORE = "杞县升级水泥有限公司";
    static final String UPGRADED_LATER = "杞县晚升有限公司";
    static final String FORMULA_NAME = "=杞县公式有限公司";
    static final String NOT_LEADING = "杞县非引领有限公司";

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private int serial;

    PublicityFixtures(JdbcClient jdbc, LedgerImport ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Empties the ledger and imports the data set. */
    void load() {
        LedgerTables.clear(jdbc);
        ledger(LANKAO, IMPORTED,
                line(STEEL_A, LANKAO, STEEL, null, "A"),
                line(STEEL_B_MINUS, LANKAO, STEEL, null, "B-"),
                line(TWO_INDUSTRIES, LANKAO, STEEL, null, "B"),
                line(TWO_INDUSTRIES, LANKAO, CEMENT, "熟料", "A"),
                line(LEADING, LANKAO, CEMENT, "粉磨站", "引领性"),
                line(STEEL_C, LANKAO, STEEL, null, "C"),
                line(CEMENT_D, LANKAO, CEMENT, "熟料", "D"),
                line(DOWNGRADED_LATER, LANKAO, STEEL, null, "A"));
        ledger(QIXIAN, IMPORTED,
                line(QIXIAN_STEEL_A, QIXIAN, STEEL, null, "A"),
                line(UPGRADED_BEFORE, QIXIAN, CEMENT, "熟料", "C"),
                line(UPGRADED_LATER, QIXIAN, STEEL, null, "C"),
                line(FORMULA_NAME, QIXIAN, CEMENT, "熟料", "B"),
                line(NOT_LEADING, QIXIAN, CEMENT, "粉磨站", "非引领性"));
        ledger(QIXIAN, UPGRADED, line(UPGRADED_BEFORE, QIXIAN, CEMENT, "熟料", "B"));
        ledger(LANKAO, LATER, line(DOWNGRADED_LATER, LANKAO, STEEL, null, "C"));
        ledger(QIXIAN, LATER, line(UPGRADED_LATER, QIXIAN, STEEL, null, "A"));
    }

    /** Every enterprise of the data set. */
    static final List<String> NAMES = List.of(STEEL_A, STEEL_B_MINUS, TWO_INDUSTRIES, LEADING, STEEL_C, CEMENT_D,
            DOWNGRADED_LATER, QIXIAN_STEEL_A, UPGRADED_BEFORE, UPGRADED_LATER, FORMULA_NAME, NOT_LEADING);

    /** The credit code the data set gives an enterprise: a serial by name, with its check character. */
    static String creditCode(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return CreditCode.withCheckCharacter("91410200MA" + String.format("%07d", index + 1));
    }

    private LedgerLineFacts line(String name, String county, String industry, String branch, String grade) {
        return new LedgerLineFacts(EnterpriseFacts.identity(creditCode(name), name, county), industry, branch, grade,
                BigDecimal.ONE, null, null, null, null, null, null);
    }

    private void ledger(String county, LocalDate day, LedgerLineFacts... lines) {
        String sha = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, :file, 1024, :county, 'LEDGER', 'test', :at, 'IMPORTED')")
                .param("sha", sha).param("file", county + "-" + (++serial) + ".xlsx").param("county", county)
                .param("at", day.atTime(LocalTime.NOON)).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
        SubmissionContext ctx = new SubmissionContext(id, county, day, county + " ledger (sha256 " + sha.substring(0, 12)
                + ")");
        List<RowFacts<LedgerLineFacts>> rows = new ArrayList<>();
        int row = 4;
        for (LedgerLineFacts facts : lines) {
            rows.add(new RowFacts<>(row++, facts));
        }
        List<RowOutcome> outcomes = ledger.applyLedgerRows(ctx, rows);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).as(o.toString()).isTrue());
    }
}
