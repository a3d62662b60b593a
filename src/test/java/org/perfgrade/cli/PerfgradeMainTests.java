package org.perfgrade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PerfgradeMainTests {

    @TempDir
    Path workspace;

    private Map<String, Object> embedded() {
        return Map.of("perfgrade.data-dir", workspace.resolve("data").toString(),
                "perfgrade.out-dir", workspace.resolve("out").toString());
    }

    @Test
    void helpListsEveryPlannedCommandInChinese() {
        // when
        CliRun run = CliRun.run(embedded(), "--help");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("用法：", "命令：", "demo", "import", "template", "nightly", "notice",
                "package", "serve", "bench", "user", "退出码：0 成功，1 失败，2 用法错误，3 输入被拒");
        assertThat(Files.exists(workspace.resolve("data"))).as("--help must not touch the database").isFalse();
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : new String[] { "demo", "import", "nightly", "bench" }) {
            // when
            CliRun run = CliRun.run(embedded(), command, "--help");
            // then
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("显示本帮助并退出");
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        // when
        CliRun run = CliRun.run(embedded(), "demo", "--colour");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("用法错误", "--colour", "perfgrade demo --help");
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        // when
        CliRun run = CliRun.run(embedded(), "demo", "--as-of", "2021-13-01");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("用法错误", "--as-of");
    }

    @Test
    void aBenchWithoutRepetitionsIsAUsageErrorBeforeTouchingTheDatabase() {
        // when
        CliRun run = CliRun.run(embedded(), "bench", "--lines", "1000", "--repeat", "0");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("用法错误", "--repeat", "perfgrade bench --help");
        assertThat(Files.exists(workspace.resolve("data"))).isFalse();
    }

    @Test
    void aMalformedConfigFileGivesOneParagraphNamingFileAndLine() throws IOException {
        // given
        Path config = Files.createDirectories(workspace.resolve("config"));
        Files.writeString(config.resolve("industries.yml"), """
                grades:
                  - { code: A, rank: 1, abClass: true }
                schemes:
                  A: [A
                industries: []
                """);
        Map<String, Object> properties = new java.util.HashMap<>(embedded());
        properties.put("perfgrade.config-dir", config.toString());
        // when
        CliRun run = CliRun.run(properties, "demo");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("industries.yml", "行", "YAML 格式错误");
        assertOneParagraphWithoutStackTrace(run.err());
    }

    @Test
    void anUnreachableMysqlGivesOneParagraphAndExitCodeOne() {
        // given a port nothing listens on
        Map<String, Object> properties = new java.util.HashMap<>(embedded());
        properties.put("perfgrade.db.url", "jdbc:mysql://127.0.0.1:9/perfgrade?connectTimeout=2000");
        properties.put("perfgrade.db.user", "perfgrade");
        // when
        CliRun run = CliRun.run(properties, "demo");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("无法连接数据库", "jdbc:mysql://127.0.0.1:9/perfgrade", "PERFGRADE_DB_URL");
        assertOneParagraphWithoutStackTrace(run.err());
    }

    private static void assertOneParagraphWithoutStackTrace(String err) {
        assertThat(err).doesNotContain("\tat ", "Exception:", "Caused by");
        assertThat(err.strip().lines().filter(l -> !l.startsWith("[")).count()).as(err).isEqualTo(1);
    }
}
