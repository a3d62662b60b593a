package org.perfgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTests {

    @TempDir
    Path workspace;

    private Map<String, Object> embedded() {
        return Map.of("perfgrade.data-dir", workspace.resolve("data").toString());
    }

    @Test
    void serveAndUserAreRealCommandsNowWithTheirOwnHelp() {
        // when
        CliRun serve = CliRun.run(embedded(), "serve", "--help");
        CliRun user = CliRun.run(embedded(), "user", "--help");
        // then
        assertThat(serve.exitCode()).isZero();
        assertThat(serve.out()).contains("--port", "默认 8080", "网页控制台").doesNotContain("尚未提供");
        assertThat(user.out()).contains("add", "list", "没有默认账户").doesNotContain("尚未提供");
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorBeforeAnythingStarts() {
        // when
        CliRun run = CliRun.run(embedded(), "serve", "--port", "70000");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port", "70000");
        assertThat(Files.exists(workspace.resolve("data"))).isFalse();
    }
}
