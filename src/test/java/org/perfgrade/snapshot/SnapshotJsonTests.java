package org.perfgrade.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotJsonTests {

    private static final Snapshot SNAPSHOT = new Snapshot(LocalDate.of(2021, 6, 30), List.of("分母：……"),
            List.of(new CountySnapshot("兰考县", List.of(new LevelShares("national", 0, 0, dec("0.0000"), 0,
                    dec("0.0000"), dec("0.2500"), dec("0.2000"), false, false, null, null, 0))),
                    new CountySnapshot("通许县", List.of(new LevelShares("national", 14, 4, dec("0.2857"), 3,
                            dec("0.2143"), dec("0.2500"), dec("0.2000"), true, true, 0, 0, 1)))),
            new CitySnapshot(List.of(new CityLevelShares("national", 14, 4, dec("0.2857"), 3, dec("0.2143"), null,
                    null, null, null, null, null, 1, dec("0.2000"), dec("0.2143"), true, 0)), 1, 0, false),
            List.of(OverdueItem.on(LocalDate.of(2021, 6, 30), "兰考县", "重点行业绩效提升企业清单（附件2）上报市生态环境局备案",
                    LocalDate.of(2021, 6, 14))),
            List.of(LateItem.of("通许县", "重点行业绩效提升企业清单（附件2）上报市生态环境局备案", LocalDate.of(2021, 6, 14),
                    LocalDate.of(2021, 6, 20))),
            List.of(new Change("grade-up", "通许县", "通许县宏运铸造有限公司", "铸造（黑色金属铸造）", "C", "B")));

    @Test
    void sharesAndTargetsAreDecimalStringsWithFourPlacesAndAbsentValuesAreNull() {
        // when
        String json = SnapshotJson.write(SNAPSHOT);
        // then
        assertThat(json).startsWith("{\"asOf\":\"2021-06-30\",\"rules\":[\"分母：……\"],\"counties\":[{\"county\":\"兰考县\","
                + "\"levels\":[{\"level\":\"national\",\"counted\":0,\"applied\":0,\"appliedShare\":null,"
                + "\"passed\":0,\"passedShare\":null,\"appliedTarget\":\"0.2500\",\"passedTarget\":\"0.2000\","
                + "\"appliedMet\":null,\"passedMet\":null,\"appliedGap\":null,\"passedGap\":null,\"dCount\":0}]}");
        assertThat(json).contains("\"passedShare\":\"0.2143\"", "\"goalThreshold\":\"0.2000\"",
                "\"goalShare\":\"0.2143\",\"goalMet\":true,\"goalGap\":0}],\"dCount\":1,\"dGoal\":0,\"dGoalMet\":false}",
                "\"overdue\":[{\"county\":\"兰考县\",\"item\":\"重点行业绩效提升企业清单（附件2）上报市生态环境局备案\","
                        + "\"due\":\"2021-06-14\",\"daysOverdue\":16}],\"late\":[{\"county\":\"通许县\","
                        + "\"item\":\"重点行业绩效提升企业清单（附件2）上报市生态环境局备案\",\"due\":\"2021-06-14\","
                        + "\"done\":\"2021-06-20\",\"daysLate\":6}],\"changes\"",
                "\"changes\":[{\"kind\":\"grade-up\",\"county\":\"通许县\",\"enterprise\":\"通许县宏运铸造有限公司\","
                        + "\"industry\":\"铸造（黑色金属铸造）\",\"from\":\"C\",\"to\":\"B\"}]");
    }

    @Test
    void aStoredSnapshotThatRecordedZeroAndFalseForALevelWithoutEnterprisesReadsAsNotAssessed() {
        // given a payload stored before 不考核 was a state of its own: 0.0000 and false where nothing was counted
        String stored = "{\"asOf\":\"2021-06-30\",\"rules\":[],\"counties\":[{\"county\":\"兰考县\",\"levels\":["
                + "{\"level\":\"national\",\"counted\":0,\"applied\":0,\"appliedShare\":\"0.0000\",\"passed\":0,"
                + "\"passedShare\":\"0.0000\",\"appliedTarget\":\"0.2500\",\"passedTarget\":\"0.2000\","
                + "\"appliedMet\":false,\"passedMet\":false,\"appliedGap\":null,\"passedGap\":null,\"dCount\":0}]}],"
                + "\"city\":{\"levels\":[{\"level\":\"national\",\"counted\":0,\"applied\":0,\"appliedShare\":\"0.0000\","
                + "\"passed\":0,\"passedShare\":\"0.0000\",\"appliedTarget\":null,\"passedTarget\":null,"
                + "\"appliedMet\":null,\"passedMet\":null,\"appliedGap\":null,\"passedGap\":null,\"dCount\":0,"
                + "\"goalThreshold\":\"0.2000\",\"goalShare\":\"0.0000\",\"goalMet\":false,\"goalGap\":null}],"
                + "\"dCount\":0,\"dGoal\":0,\"dGoalMet\":true},\"overdue\":[],\"changes\":[]}";
        // when
        Snapshot read = SnapshotJson.read(stored);
        // then the level is not assessed: no share, no verdict — neither 达标 nor 未达标
        LevelShares level = read.counties().get(0).levels().get(0);
        assertThat(level.appliedShare()).isNull();
        assertThat(level.passedMet()).isNull();
        assertThat(level.passedVerdict()).isEqualTo(TargetVerdict.NOT_ASSESSED);
        assertThat(read.city().levels().get(0).goalMet()).isNull();
        assertThat(read.city().levels().get(0).goalShare()).isNull();
        // and without enterprises the D-grade goal is not "achieved"
        assertThat(read.city().dGoalMet()).isNull();
        assertThat(SnapshotJson.write(read)).contains("\"dGoalMet\":null").doesNotContain("0.0000");
    }

    @Test
    void aSnapshotReadBackEqualsTheOneWritten() {
        // when
        Snapshot read = SnapshotJson.read(SnapshotJson.writeIndented(SNAPSHOT));
        // then (four places kept: BigDecimal equality includes the scale)
        assertThat(read).isEqualTo(SNAPSHOT);
    }

    @Test
    void aSnapshotStoredBeforeLateItemsWereRecordedReadsWithNoneAndItsOverdueDaysCountedToItsDate() {
        // given the payload of a snapshot stored before "late" and "daysOverdue" existed
        Snapshot withoutLate = new Snapshot(SNAPSHOT.asOf(), SNAPSHOT.rules(), SNAPSHOT.counties(), SNAPSHOT.city(),
                SNAPSHOT.overdue(), List.of(), SNAPSHOT.changes());
        String stored = SnapshotJson.write(withoutLate).replace(",\"late\":[]", "")
                .replace(",\"daysOverdue\":16", "");
        assertThat(stored).doesNotContain("late", "daysOverdue").contains("\"overdue\":[{");
        // when
        Snapshot read = SnapshotJson.read(stored);
        // then
        assertThat(read.late()).isEmpty();
        assertThat(read.overdue()).containsExactly(new OverdueItem("兰考县", "重点行业绩效提升企业清单（附件2）上报市生态环境局备案",
                LocalDate.of(2021, 6, 14), 16));
        assertThat(SnapshotJson.read(SnapshotJson.write(read))).isEqualTo(read);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
