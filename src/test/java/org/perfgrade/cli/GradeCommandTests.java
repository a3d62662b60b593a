package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfgrade grade correct | history | as-of}: the correction event, the printed history, the exit codes. */
@RunsOnEachDatabase
class GradeCommandTests {

    private static final String CODE = "91410781694896138P";
    private static final String NAME = "通许县恒达铸造有限公司";

    @TempDir
    Path workspace;

    private CliWorkspace cli;

    @AfterEach
    void drop() {
        if (cli != null) {
            cli.close();
        }
    }

    private Map<String, Object> seeded() {
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        properties.put("perfgrade.out-dir", workspace.resolve("out").toString());
        GradingSeed.with(properties, seed -> {
            seed.ledger(LocalDate.of(2021, 6, 1), CODE, NAME, "铸造", "黑色金属铸造", "A");
            seed.violation(LocalDate.of(2021, 9, 3), CODE, NAME);
        });
        return properties;
    }

    @Test
    void aCorrectionIsOneMoreEventWithItsReasonAndTheHistoryAndGradeAsOfShowIt() throws Exception {
        // given A since June, C after a violation on 3 September
        Map<String, Object> properties = seeded();
        // when
        CliRun corrected = CliRun.run(properties, "grade", "correct", "--credit-code", CODE, "--industry", "铸造",
                "--branch", "黑色金属铸造", "--grade", "B", "--reason", "违法问题已整改，经市级复核", "--as-of", "2021-10-01",
                "--by", "大气污染防治科");
        CliRun history = CliRun.run(properties, "grade", "history", "--credit-code", CODE, "--json");
        CliRun before = CliRun.run(properties, "grade", "as-of", "--credit-code", CODE, "--date", "2021-09-30");
        CliRun after = CliRun.run(properties, "grade", "as-of", "--credit-code", CODE, "--date", "2021-10-01", "--json");
        // then
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).startsWith("已将“" + NAME + "”的“铸造（黑色金属铸造）”自 2021-10-01 起由C级更正为B级，当前级别B级")
                .contains("铸造（黑色金属铸造）：当前级别 B，变更记录 3 条")
                .contains("  2021-06-01  未评级 → A  县区清单台账  来源：LEDGER.xlsx")
                .contains("  2021-09-03  A → C  违法降级  来源：环境违法问题：超标排放（通环罚〔2021〕7号）")
                .contains("  2021-10-01  C → B  市级更正  来源：市级更正：大气污染防治科  说明：违法问题已整改，经市级复核");
        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(history.out());
        assertThat(json.get("creditCode").asString()).isEqualTo(CODE);
        assertThat(json.get("county").asString()).isEqualTo("通许县");
        JsonNode line = json.get("lines").get(0);
        assertThat(line.get("grade").asString()).isEqualTo("B");
        assertThat(line.get("events").findValuesAsString("reason")).containsExactly("COUNTY_LEDGER", "VIOLATION",
                "CORRECTION");
        assertThat(line.get("events").get(2).get("effectiveOn").asString()).isEqualTo("2021-10-01");
        assertThat(line.get("events").get(2).get("note").asString()).isEqualTo("违法问题已整改，经市级复核");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("2021-09-30 的绩效级别：").contains("  铸造（黑色金属铸造）：C");
        assertThat(JsonMapper.builder().build().readTree(after.out()).get("lines").get(0).get("grade").asString())
                .isEqualTo("B");
    }

    @Test
    void aRefusedCorrectionExitsThreeAndAMissingReasonTwo() throws Exception {
        // given
        Map<String, Object> properties = seeded();
        // when
        CliRun unknown = correct(properties, "91350200MA2YJ1XR9G", "铸造", "B", "录入错误");
        CliRun noLine = correct(properties, CODE, "制药", "B", "录入错误");
        CliRun notInScheme = correct(properties, CODE, "铸造", "引领性", "录入错误", "--json");
        CliRun unchanged = correct(properties, CODE, "铸造", "C", "录入错误");
        CliRun blankReason = correct(properties, CODE, "铸造", "B", " ");
        CliRun noReason = CliRun.run(properties, "grade", "correct", "--credit-code", CODE, "--industry", "铸造",
                "--grade", "B");
        CliRun noHistory = CliRun.run(properties, "grade", "history", "--credit-code", "91350200MA2YJ1XR9G");
        // then
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(unknown.err()).contains("更正被拒：清单台账中没有统一社会信用代码为 91350200MA2YJ1XR9G 的企业");
        assertThat(noLine.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(noLine.err()).contains("该企业没有“制药”行业记录，可更正的行业：铸造（黑色金属铸造）");
        assertThat(notInScheme.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        JsonNode refused = JsonMapper.builder().build().readTree(notInScheme.out());
        assertThat(refused.get("corrected").asBoolean()).isFalse();
        assertThat(refused.get("message").asString())
                .isEqualTo("级别“引领性”不属于“铸造”行业的分级方案（可用：A、B、C、D、未评级）");
        assertThat(unchanged.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(unchanged.err()).contains("级别已是C级，无需更正");
        assertThat(blankReason.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReason.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReason.err()).contains("缺少必需的参数 --reason");
        assertThat(noHistory.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(CliRun.run(properties, "grade", "history", "--credit-code", CODE).out())
                .doesNotContain("市级更正");
    }

    private static CliRun correct(Map<String, Object> properties, String code, String industry, String grade,
                                  String reason, String... more) {
        String branch = industry.equals("铸造") ? "黑色金属铸造" : "";
        String[] base = { "grade", "correct", "--credit-code", code, "--industry", industry, "--branch", branch,
                "--grade", grade, "--reason", reason, "--as-of", "2021-10-01" };
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.run(properties, args);
    }
}
