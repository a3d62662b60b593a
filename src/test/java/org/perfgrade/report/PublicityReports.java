package org.perfgrade.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.GradeCorrection;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.reference.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set of the 上报 / 认定 tests: 兰考县's ledger (6/10), its applications (申报及评审结果) received on
 * {@link #REPORTED} and a second list with the province's results received on {@link #PROVINCE_LIST}, and a city
 * correction — each line planted so that its 上报日期 and 认定日期 differ from the import date and from each other.
 */
final class PublicityReports {

    static final String LANKAO = "410225";
    static final String STEEL = "长流程联合钢铁";
    static final String CEMENT = "水泥";

    static final LocalDate IMPORTED = LocalDate.of(2021, 6, 10);
    static final LocalDate REPORTED = LocalDate.of(2021, 8, 3);
    static final LocalDate CORRECTED = LocalDate.of(2021, 9, 1);
    static final LocalDate CERTIFIED = LocalDate.of(2021, 9, 10);
    /** The business date of the list: 9/16, a Thursday before 中秋. */
    static final LocalDate AS_OF = LocalDate.of(2021, 9, 16);
    static final LocalDate CERTIFIED_LATE = LocalDate.of(2021, 9, 22);
    static final LocalDate PROVINCE_LIST = LocalDate.of(2021, 9, 23);
    static final LocalDate LATER = LocalDate.of(2021, 9, 24);

    /** C in the ledger; applied A, passed by county and city, certified A by the province on 9/10. */
    static final String CERTIFIED_A = "兰考认定甲有限公司";
    /** C in the ledger; applied B, passed by county and city, no provincial result: 待认定. */
    static final String PENDING_B = "兰考待定乙有限公司";
    /** C in the ledger; applied A, passed; the province's A dated 9/22 comes with the list of 9/23. */
    static final String CERTIFIED_LATER = "兰考晚定丙有限公司";
    /** A in the ledger since 6/10; applied A, refused by the city: not listed. */
    static final String REFUSED = "兰考未过丁有限公司";
    /** B in the ledger since 6/10, no application: reported and certified with the ledger's grade. */
    static final String LEDGER_B = "兰考台账戊有限公司";
    /** C in the ledger; applied B, passed by the county; the city corrected its grade to B on 9/1. */
    static final String CORRECTED_B = "兰考更正己有限公司";
    /** A in a ledger imported together with its application on 8/3: certified with the ledger's grade, 8/3. */
    static final String SAME_DAY = "兰考同日庚有限公司";
    /** C in the ledger; its application (A) comes with the list of 9/23 only. */
    static final String APPLIED_LATE = "兰考晚报辛有限公司";
    /** A in 钢铁 and B in 水泥 in the ledger, no application: two lines, one enterprise. */
    static final String TWO_LINES = "兰考双业壬有限公司";
    /** A in the ledger since 6/10; its application (A, passed by county and city) recorded on 8/3: certified 6/10. */
    static final String HELD_A = "兰考持有癸有限公司";

    static final List<String> NAMES = List.of(CERTIFIED_A, PENDING_B, CERTIFIED_LATER, REFUSED, LEDGER_B, CORRECTED_B,
            SAME_DAY, APPLIED_LATE, TWO_LINES, HELD_A);

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private final GradeCorrection corrections;
    private int serial;

    PublicityReports(JdbcClient jdbc, LedgerImport ledger, GradeCorrection corrections) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.corrections = corrections;
    }

    void load() {
        LedgerTables.clear(jdbc);
        ledger(IMPORTED, line(CERTIFIED_A, STEEL, "C"), line(PENDING_B, STEEL, "C"), line(CERTIFIED_LATER, STEEL, "C"),
                line(REFUSED, STEEL, "A"), line(LEDGER_B, STEEL, "B"), line(CORRECTED_B, STEEL, "C"),
                line(APPLIED_LATE, STEEL, "C"), line(TWO_LINES, STEEL, "A"), line(TWO_LINES, CEMENT, "B"),
                line(HELD_A, STEEL, "A"));
        ledger(REPORTED, line(SAME_DAY, STEEL, "A"));
        applications(REPORTED,
                application(CERTIFIED_A, "A", "A", "A", "A", CERTIFIED),
                application(PENDING_B, "B", "B", "B", null, null),
                application(CERTIFIED_LATER, "A", "A", "A", null, null),
                application(REFUSED, "A", "A", PublicityRules.REFUSED, null, null),
                application(CORRECTED_B, "B", "B", null, null, null),
                application(SAME_DAY, "A", "A", "A", null, null),
                application(HELD_A, "A", "A", "A", null, null));
        GradeCorrection.Result corrected = corrections.correct(new GradeCorrection.Request(creditCode(CORRECTED_B),
                STEEL, null, "B", "市级会审确认为B级", CORRECTED, "市生态环境局"));
        assertThat(corrected.corrected()).as(corrected.message()).isTrue();
        applications(PROVINCE_LIST,
                application(CERTIFIED_LATER, "A", "A", "A", "A", CERTIFIED_LATE),
                application(APPLIED_LATE, "A", "A", null, null, null));
    }

    static String creditCode(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return CreditCode.withCheckCharacter("91410225MC" + String.format("%07d", index + 1));
    }

    private static EnterpriseFacts enterprise(String name) {
        return EnterpriseFacts.identity(creditCode(name), name, LANKAO);
    }

    private static LedgerLineFacts line(String name, String industry, String grade) {
        return new LedgerLineFacts(enterprise(name), industry, industry.equals(CEMENT) ? "熟料" : null, grade,
                BigDecimal.ONE, null, null, null, null, null, null);
    }

    private static ApplicationFacts application(String name, String applied, String county, String city,
                                                String province, LocalDate provinceDate) {
        return new ApplicationFacts(enterprise(name), STEEL, null, applied, null, county, "王建国、李明",
                LocalDate.of(2021, 7, 30), city, province, provinceDate, null);
    }

    private void ledger(LocalDate day, LedgerLineFacts... lines) {
        SubmissionContext ctx = submission(day, "LEDGER");
        List<RowFacts<LedgerLineFacts>> rows = new ArrayList<>();
        for (LedgerLineFacts facts : lines) {
            rows.add(new RowFacts<>(rows.size() + 4, facts));
        }
        assertStored(ledger.applyLedgerRows(ctx, rows));
    }

    private void applications(LocalDate day, ApplicationFacts... applications) {
        SubmissionContext ctx = submission(day, "APPLICATION");
        List<RowFacts<ApplicationFacts>> rows = new ArrayList<>();
        for (ApplicationFacts facts : applications) {
            rows.add(new RowFacts<>(rows.size() + 4, facts));
        }
        assertStored(ledger.applyApplicationRows(ctx, rows));
    }

    /** A county file received on its business date (received_on), as the importer registers it. */
    private SubmissionContext submission(LocalDate day, String kind) {
        String sha = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, "
                        + "received_on, status) "
                        + "VALUES (:sha, :file, 1024, :county, :kind, 'test', :at, :on, 'IMPORTED')")
                .param("sha", sha).param("file", "兰考县-" + (++serial) + ".xlsx").param("county", LANKAO)
                .param("kind", kind).param("at", day.atTime(LocalTime.NOON)).param("on", day).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class)
                .single();
        return new SubmissionContext(id, LANKAO, day, "兰考县 " + kind + " (sha256 " + sha.substring(0, 12) + ")");
    }

    private static void assertStored(List<RowOutcome> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).as(o.toString()).isTrue());
    }
}
