package org.perfgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/** {@code perfgrade report}: one county's extracts from the stored snapshot, and clear refusals. */
@RunsOnEachDatabase
class ReportCommandTests {

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
    void rendersOneCountysExtractsFromTheStoredSnapshot() throws Exception {
        // given: a nightly run for the date
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path inbox = workspace.resolve("inbox");
        Path out = workspace.resolve("out");
        new SampleSubmissions(new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read(), 5)
                .writeInbox(inbox, LocalDate.of(2021, 8, 16));
        CliRun nightly = CliRun.run(properties, "nightly", "--as-of", "2021-08-16", "--inbox", inbox.toString(),
                "--out", out.toString());
        assertThat(nightly.exitCode()).as(nightly.err()).isZero();
        // when
        CliRun run = CliRun.run(properties, "report", "--as-of", "2021-08-16", "--county", "兰考", "--json",
                "--out", out.toString());
        CliRun missing = CliRun.run(properties, "report", "--as-of", "2021-08-17", "--out", out.toString());
        CliRun unknown = CliRun.run(properties, "report", "--county", "郑州市", "--out", out.toString());
        // then: the six county documents, all of 兰考县, all on disk
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(run.out());
        assertThat(result.get("county").asString()).isEqualTo("兰考县");
        Set<String> kinds = new HashSet<>();
        for (JsonNode document : result.get("documents")) {
            kinds.add(document.get("kind").asString());
            assertThat(document.get("county").asString()).isEqualTo("兰考县");
            assertThat(document.get("path").asString()).startsWith("reports/2021-08-16/兰考县/");
            assertThat(Files.isRegularFile(out.resolve(document.get("path").asString()))).isTrue();
        }
        assertThat(kinds).containsExactlyInAnyOrder("target-table-pdf", "trend-pdf", "improvement-list-xlsx",
                "improvement-list-pdf", "emergency-list-xlsx", "publicity-xlsx", "publicity-pdf",
                "positive-list-xlsx", "positive-list-pdf", "vocs-exemption-xlsx", "vocs-exemption-pdf",
                "priority-list-xlsx", "priority-list-pdf", "seasonal-control-xlsx", "seasonal-control-pdf",
                "credit-list-xlsx", "changes-xlsx", "late-items-xlsx");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("没有 2021-08-17 的进展快照", "perfgrade nightly --as-of 2021-08-17",
                "2021-08-16");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("“郑州市”不是本市的县区");
    }
}
