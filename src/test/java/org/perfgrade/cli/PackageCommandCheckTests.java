package org.perfgrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.filing.FilingFixtures;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfgrade package --check}: the enterprises lacking a required material, named in Chinese (or as JSON), exit
 * code 3 when there are any and 0 when there are none — and nothing written: no ZIP, no letter number. The data set
 * is {@link FilingFixtures#gapScans}'s, whose gaps are known by hand.
 */
@RunsOnEachDatabase
class PackageCommandCheckTests {

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
    void checkNamesTheEnterprisesLackingMaterialsAndExitsThreeOrZero() throws Exception {
        // given: batch 2 with T1 complete and T5, T2, T4, Q1 lacking something; batch 3 (Q2) complete elsewhere
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path gaps = workspace.resolve("gaps");
        Path complete = workspace.resolve("complete");
        Path out = workspace.resolve("out");
        List<FilingFixtures> data = new ArrayList<>();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new CliEnvironment(quiet, quiet, Map.of(), properties)
                .start(null)) {
            FilingFixtures fixtures = new FilingFixtures(context.getBean(JdbcClient.class),
                    context.getBean(LedgerImport.class));
            fixtures.load();
            fixtures.pending();
            fixtures.branchPending();
            fixtures.gapScans(gaps);
            fixtures.materials(complete);
            data.add(fixtures);
        }
        FilingFixtures fixtures = data.get(0);
        // when
        CliRun text = CliRun.run(properties, "package", "--batch", "2", "--as-of", "2021-09-01", "--check",
                "--inbox", gaps.toString(), "--out", out.toString());
        CliRun json = CliRun.run(properties, "package", "--batch", "2", "--as-of", "2021-09-01", "--check",
                "--inbox", gaps.toString(), "--out", out.toString(), "--json");
        CliRun none = CliRun.run(properties, "package", "--batch", "3", "--as-of", "2021-09-01", "--check",
                "--inbox", complete.toString(), "--out", out.toString());
        // then: exit 3, every enterprise lacking something named once, in gap-list order, the complete one not
        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(text.out()).contains("报省备案材料核对（第二批（金属类行业），统计日期2021年9月1日）：共5家企业，材料齐全1家，缺少材料4家。",
                "  1. " + fixtures.t5.name(), "重点行业分支（铸造，分支待补充）",
                "  2. " + fixtures.t2.name(), "申报材料扫描件（未提供）",
                "  3. " + fixtures.t4.name(), "未登记评审专家和专家意见日期",
                "  4. " + fixtures.q1.name(), "现场核查专家意见.pdf未收入：文件已加密")
                .doesNotContain(fixtures.t1.name(), "  5. ");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
        JsonNode result = JsonMapper.builder().build().readTree(json.out());
        assertThat(result.get("batch").asString()).isEqualTo("第二批（金属类行业）");
        assertThat(result.get("enterprises").asLong()).isEqualTo(5);
        assertThat(result.get("complete").asLong()).isEqualTo(1);
        List<String> named = new ArrayList<>();
        result.get("gaps").forEach(g -> named.add(g.get("enterpriseName").asString()));
        assertThat(named).containsExactly(fixtures.t5.name(), fixtures.t2.name(), fixtures.t4.name(),
                fixtures.q1.name());
        assertThat(result.get("gaps").get(1).get("missing").size()).isEqualTo(3);
        // and: a complete batch exits 0; nothing was built
        assertThat(none.exitCode()).as(none.err() + none.out()).isEqualTo(ExitCodes.OK);
        assertThat(none.out()).contains("共1家企业，材料齐全1家，缺少材料0家");
        assertThat(Files.exists(out.resolve("filing"))).isFalse();
        try (ConfigurableApplicationContext context = new CliEnvironment(quiet, quiet, Map.of(), properties)
                .start(null)) {
            assertThat(context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM notice_number")
                    .query(Long.class).single()).isZero();
        }
    }
}
