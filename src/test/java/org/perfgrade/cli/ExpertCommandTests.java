package org.perfgrade.cli;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfgrade expert bar | list}: the city-wide bar and the register with its status. */
@RunsOnEachDatabase
class ExpertCommandTests {

    @TempDir
    Path workspace;

    private CliWorkspace cli;

    @AfterEach
    void drop() {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void anExpertIsBarredInEveryCountysRegisterAndTheListShowsIt() throws Exception {
        // given 王专家 on the registers of 通许县 and 兰考县
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        GradingSeed.with(properties, seed -> {
            seed.experts("410225", "王专家");
            seed.experts(GradingSeed.TONGXU, "王专家", "李专家");
        });
        // when
        CliRun bar = CliRun.run(properties, "expert", "bar", "王专家", "--date", "2021-07-20", "--notice",
                "汴环攻坚办〔2021〕95号");
        CliRun list = CliRun.run(properties, "expert", "list", "--date", "2021-08-01", "--json");
        CliRun later = CliRun.run(properties, "expert", "list", "--date", "2024-07-21");
        CliRun nobody = CliRun.run(properties, "expert", "bar", "赵专家", "--date", "2021-07-20", "--notice", "95号");
        CliRun noNotice = CliRun.run(properties, "expert", "bar", "王专家", "--date", "2021-07-20");
        // then
        assertThat(bar.exitCode()).as(bar.err()).isZero();
        assertThat(bar.out()).startsWith("已禁入专家“王专家”，涉及名单记录 2 条：")
                .contains("  通许县  王专家（河南省环境科学研究院）  铸造  报送日期 2021-06-30  禁入中 2021-07-20 至 2024-07-20"
                        + "（汴环攻坚办〔2021〕95号）")
                .contains("  兰考县  王专家（河南省环境科学研究院）");
        assertThat(list.exitCode()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(list.out());
        assertThat(json.get("date").asString()).isEqualTo("2021-08-01");
        assertThat(json.get("experts").findValuesAsString("county")).containsExactly("通许县", "通许县", "兰考县");
        assertThat(json.get("experts").findValuesAsString("name")).containsExactly("李专家", "王专家", "王专家");
        assertThat(json.get("experts").findValues("barred")).extracting(JsonNode::asBoolean)
                .containsExactly(false, true, true);
        assertThat(json.get("experts").get(1).get("barredUntil").asString()).isEqualTo("2024-07-20");
        assertThat(later.out()).startsWith("专家（第三方）名单：3 条，其中 2024-07-21 禁入中 0 条").contains("曾禁入");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(nobody.err()).contains("专家（第三方）名单中没有“赵专家”，未作禁入");
        assertThat(noNotice.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
