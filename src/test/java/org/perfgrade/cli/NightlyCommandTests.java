package org.perfgrade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.sample.SampleSubmissions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfgrade nightly --json}: imports the inbox and prints the day's snapshot as one JSON object. */
@RunsOnEachDatabase
class NightlyCommandTests {

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
    void importsTheInboxAndPrintsTheSnapshotAsJson() throws Exception {
        // given
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path inbox = workspace.resolve("inbox");
        new SampleSubmissions(new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read(), 3)
                .writeInbox(inbox, LocalDate.of(2021, 8, 16));
        // when
        CliRun run = CliRun.run(properties, "nightly", "--as-of", "2021-08-16", "--inbox", inbox.toString(),
                "--json", "--out", workspace.resolve("out").toString());
        CliRun again = CliRun.run(properties, "nightly", "--as-of", "2021-08-16", "--inbox", inbox.toString(),
                "--json", "--out", workspace.resolve("out").toString());
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode snapshot = JsonMapper.builder().build().readTree(run.out());
        assertThat(snapshot.propertyNames()).containsExactly("asOf", "rules", "counties", "city", "overdue",
                "late", "changes");
        assertThat(snapshot.get("asOf").asString()).isEqualTo("2021-08-16");
        assertThat(snapshot.get("counties").size()).isEqualTo(10);
        JsonNode level = snapshot.get("counties").get(0).get("levels").get(0);
        assertThat(level.get("level").asString()).isIn("national", "provincial");
        assertThat(level.get("passedShare").asString()).matches("\\d\\.\\d{4}");
        assertThat(level.get("passedTarget").asString()).isEqualTo("0.2000");
        int counted = level.get("counted").asInt();
        int passed = level.get("passed").asInt();
        assertThat(level.get("passedMet").asBoolean()).isEqualTo(counted > 0 && passed * 100 > 20 * counted);
        assertThat(snapshot.get("rules").size()).isPositive();
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("重复文件");
        JsonNode second = JsonMapper.builder().build().readTree(again.out());
        assertThat(second.get("counties")).isEqualTo(snapshot.get("counties"));
    }
}
