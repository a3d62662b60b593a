package org.perfgrade.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.perfgrade.LedgerTables;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;
import org.perfgrade.reference.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.perfgrade.LedgerSubmissions.rows;
import static org.perfgrade.LedgerSubmissions.stored;
import static org.perfgrade.LedgerSubmissions.submission;

/**
 * The data set of the notice tests, imported through {@link LedgerImport} as the importer does (each file a
 * submission of its county and kind on its business day):
 * <pre>
 * 通许县 national   E1 铸造 A → C by a violation on 7/10 · E2 铸造 C → B on 7/15 · E3 铸造 C → D on 8/1 · E4 水泥 D
 * 通许县 provincial P1 机械加工 B · P2 机械加工 B → C on 7/15
 * 杞县 national     Q1 铸造 D · Q2 铸造 A · Q3 水泥 B → C on 6/20 · Q4 水泥 D → C on 7/1
 * </pre>
 * 通许县 files its 附件2 on 6/10 and its expert list (张三, 李四, 王五) on 6/25; nobody else files either. E2's
 * application, signed by 张三 and 王五 on 7/25, is not passed by the city's 会审; 李四 is barred on 7/20, 张三 on 8/10.
 */
final class NoticeFixtures {

    static final String TONGXU = "410222";
    static final String QIXIAN = "410221";

    static final LocalDate LEDGER_DAY = LocalDate.of(2021, 6, 1);
    static final LocalDate SINCE = LocalDate.of(2021, 7, 1);
    static final LocalDate AS_OF = LocalDate.of(2021, 7, 20);
    static final LocalDate BAR_DAY = LocalDate.of(2021, 8, 10);
    static final String BAR_NOTICE = "汴环攻坚办〔2021〕95号";
    static final String ACADEMY = "河南省环境科学研究院";

    final Firm e1 = firm("通许县恒达铸造有限公司", TONGXU, 1);
    final Firm e2 = firm("通许县宏运铸造有限公司", TONGXU, 2);
    final Firm e3 = firm("通许县金源铸业有限公司", TONGXU, 3);
    final Firm e4 = firm("通许县天瑞水泥有限公司", TONGXU, 4);
    final Firm p1 = firm("通许县精工机械有限公司", TONGXU, 5);
    final Firm p2 = firm("通许县永兴机械加工厂", TONGXU, 6);
    final Firm q1 = firm("杞县鑫隆铸造有限公司", QIXIAN, 7);
    final Firm q2 = firm("杞县兴业铸造有限公司", QIXIAN, 8);
    final Firm q3 = firm("杞县孟电水泥有限公司", QIXIAN, 9);
    final Firm q4 = firm("杞县豫东水泥有限公司", QIXIAN, 10);

    private final JdbcClient jdbc;
    private final LedgerImport ledger;
    private final ExpertRegister experts;

    NoticeFixtures(JdbcClient jdbc, LedgerImport ledger, ExpertRegister experts) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.experts = experts;
    }

    /** Empties the ledger and the snapshots and imports the data set. */
    void load() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        LedgerTables.clear(jdbc);
        ledger(TONGXU, LEDGER_DAY, line(e1, "铸造", "黑色金属铸造", "A"), line(e2, "铸造", "黑色金属铸造", "C"),
                line(e3, "铸造", "有色金属铸造", "C"), line(e4, "水泥", "熟料", "D"), line(p1, "机械加工", null, "B"),
                line(p2, "机械加工", null, "B"));
        ledger(QIXIAN, LEDGER_DAY, line(q1, "铸造", "黑色金属铸造", "D"), line(q2, "铸造", "黑色金属铸造", "A"),
                line(q3, "水泥", "熟料", "B"), line(q4, "水泥", "熟料", "D"));
        submission(jdbc, TONGXU, "WORK_PLAN", LocalDate.of(2021, 5, 28));
        submission(jdbc, TONGXU, "IMPROVEMENT", LocalDate.of(2021, 6, 10));
        stored(ledger.applyExpertRows(submission(jdbc, TONGXU, "EXPERT", LocalDate.of(2021, 6, 25)), rows(List.of(
                new ExpertFacts("张三", ACADEMY, "大气污染防治", TONGXU, LocalDate.of(2021, 6, 25), null),
                new ExpertFacts("李四", "", "环境监测", TONGXU, LocalDate.of(2021, 6, 25), null),
                new ExpertFacts("王五", "", "铸造工艺", TONGXU, LocalDate.of(2021, 6, 25), null)))));
        ledger(QIXIAN, LocalDate.of(2021, 6, 20), line(q3, "水泥", "熟料", "C"));
        ledger(QIXIAN, SINCE, line(q4, "水泥", "熟料", "C"));
        stored(ledger.applyViolationRows(submission(jdbc, TONGXU, "VIOLATION", LocalDate.of(2021, 7, 10)), rows(List.of(
                new ViolationFacts(e1.facts(), null, ViolationType.EXCESS_EMISSION, "颗粒物超标排放",
                        LocalDate.of(2021, 7, 10), "汴环罚〔2021〕12号", null)))));
        ledger(TONGXU, LocalDate.of(2021, 7, 15), line(e2, "铸造", "黑色金属铸造", "B"), line(p2, "机械加工", null, "C"));
        stored(ledger.applyApplicationRows(submission(jdbc, TONGXU, "APPLICATION", LocalDate.of(2021, 7, 26)),
                rows(List.of(new ApplicationFacts(e2.facts(), "铸造", "黑色金属铸造", "B", 2, "B",
                        "张三（" + ACADEMY + "）、王五", LocalDate.of(2021, 7, 25), "不通过", null, null,
                        "无组织排放管控与申报材料不符")))));
        ledger(TONGXU, LocalDate.of(2021, 8, 1), line(e3, "铸造", "有色金属铸造", "D"));
        experts.bar("李四", null, AS_OF, "汴环攻坚办〔2021〕93号");
        experts.bar("张三", ACADEMY, BAR_DAY, BAR_NOTICE);
    }

    private static Firm firm(String name, String county, int serial) {
        return new Firm(CreditCode.withCheckCharacter("91410200MA4" + String.format("%06d", serial)), name, county);
    }

    private static LedgerLineFacts line(Firm firm, String industry, String branch, String grade) {
        return new LedgerLineFacts(firm.facts(), industry, branch, grade, BigDecimal.ONE, null, null, null, null, null,
                null);
    }

    private void ledger(String county, LocalDate day, LedgerLineFacts... lines) {
        stored(ledger.applyLedgerRows(submission(jdbc, county, "LEDGER", day), rows(List.of(lines))));
    }

    /** An enterprise of the data set. */
    record Firm(String creditCode, String name, String county) {

        EnterpriseFacts facts() {
            return EnterpriseFacts.identity(creditCode, name, county);
        }
    }
}
