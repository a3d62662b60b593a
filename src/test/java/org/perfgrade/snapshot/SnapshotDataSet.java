package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.perfgrade.snapshot.SnapshotFixtures.Firm;

import static org.perfgrade.snapshot.SnapshotFixtures.QIXIAN;
import static org.perfgrade.snapshot.SnapshotFixtures.TONGXU;
import static org.perfgrade.snapshot.SnapshotFixtures.firm;
import static org.perfgrade.snapshot.SnapshotFixtures.line;

/**
 * The hand-counted data set of the snapshot tests (兰考县 and the other counties have nothing):
 * <pre>
 * 通许县 national   E1 铸造 A · E2 铸造 C (applies for B on 6/10, B from 7/15) · E3 铸造 C (applies for C)
 *                   E4 水泥 C · E5 铸造 A + 水泥 C (counts once, as C)                → 5 counted, 1 passed, 2 applied
 * 通许县 provincial P1 机械加工 B · P2 机械加工 C · P3 机械加工 C · P4 预拌混凝土 C     → 4 counted, 1 passed (= 25 %)
 * 杞县 national     Q1 铸造 D · Q2 铸造 C · Q3 水泥粉磨站 引领性 · Q4 水泥粉磨站 非引领性
 *                   Q5 包装印刷 未评级                                                  → 5 counted, 1 passed, 1 D
 * </pre>
 * Ledgers are imported on 6/1.
 */
final class SnapshotDataSet {

    static final LocalDate LEDGER_DAY = LocalDate.of(2021, 6, 1);
    static final LocalDate APPLICATION_DAY = LocalDate.of(2021, 6, 10);
    static final LocalDate UPGRADE_DAY = LocalDate.of(2021, 7, 15);

    final Firm e1 = firm("通许县恒达铸造有限公司", TONGXU);
    final Firm e2 = firm("通许县宏运铸造有限公司", TONGXU);
    final Firm e3 = firm("通许县金源铸业有限公司", TONGXU);
    final Firm e4 = firm("通许县天瑞水泥有限公司", TONGXU);
    final Firm e5 = firm("通许县华夏建材铸造有限公司", TONGXU);
    final Firm p1 = firm("通许县精工机械有限公司", TONGXU);
    final Firm p2 = firm("通许县永兴机械加工厂", TONGXU);
    final Firm p3 = firm("通许县鑫达机械有限公司", TONGXU);
    final Firm p4 = firm("通许县顺达混凝土有限公司", TONGXU);
    final Firm q1 = firm("杞县鑫隆铸造有限公司", QIXIAN);
    final Firm q2 = firm("杞县兴业铸造有限公司", QIXIAN);
    final Firm q3 = firm("杞县孟电水泥粉磨有限公司", QIXIAN);
    final Firm q4 = firm("杞县豫东水泥粉磨站", QIXIAN);
    final Firm q5 = firm("杞县彩虹印务有限公司", QIXIAN);

    /** Imports the ledgers (6/1) and the applications (6/10). */
    void load(SnapshotFixtures fixtures) {
        fixtures.ledger(TONGXU, LEDGER_DAY,
                line(e1, "铸造", "黑色金属铸造", "A"),
                line(e2, "铸造", "黑色金属铸造", "C"),
                line(e3, "铸造", "有色金属铸造", "C"),
                line(e4, "水泥", "熟料", "C"),
                line(e5, "铸造", "黑色金属铸造", "A"),
                line(e5, "水泥", "熟料", "C"),
                line(p1, "机械加工", null, "B"),
                line(p2, "机械加工", null, "C"),
                line(p3, "机械加工", null, "C"),
                line(p4, "预拌混凝土", null, "C"));
        fixtures.ledger(QIXIAN, LEDGER_DAY,
                line(q1, "铸造", "黑色金属铸造", "D"),
                line(q2, "铸造", "黑色金属铸造", "C"),
                line(q3, "水泥", "粉磨站", "引领性"),
                line(q4, "水泥", "粉磨站", "非引领性"),
                line(q5, "包装印刷", null, null));
        fixtures.application(e2, APPLICATION_DAY, "铸造", "黑色金属铸造", "B");
        fixtures.application(e3, APPLICATION_DAY, "铸造", "有色金属铸造", "C");
    }

    /** 通许县's second ledger: E2's casting line rises to B. */
    void upgrade(SnapshotFixtures fixtures) {
        fixtures.ledger(TONGXU, UPGRADE_DAY, line(e2, "铸造", "黑色金属铸造", "B"));
    }
}
