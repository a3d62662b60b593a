package org.perfgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;
import org.perfgrade.sample.SampleSubmissions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfgrade import}: the JSON contract on stdout and the exit codes. */
@RunsOnEachDatabase
class ImportCommandTests {

    @TempDir
    Path workspace;

    private CliWorkspace cli;

    @AfterEach
    void drop() {
        if (cli != null) {
            cli.close();
        }
    }

    private Map<String, Object> properties() {
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        return properties;
    }

    @Test
    void printsOneJsonObjectAndExitsZeroForReadFilesAndThreeForARejectedOne() throws Exception {
        // given two county files and one that is not a spreadsheet
        ReferenceData reference = new ReferenceDataReader(new ConfigFiles(java.util.List.of(workspace))).read();
        Path inbox = workspace.resolve("inbox");
        new SampleSubmissions(reference, 7).writeInbox(inbox, LocalDate.of(2021, 6, 10));
        Path ledger;
        try (var files = Files.list(inbox.resolve("通许县"))) {
            ledger = files.filter(f -> f.getFileName().toString().contains("台账")).findFirst().orElseThrow();
        }
        Path bogus = Files.writeString(workspace.resolve("通许县报表.xlsx"), "not a workbook");
        Map<String, Object> properties = properties();
        String out = workspace.resolve("out").toString();

        // when
        CliRun first = CliRun.run(properties, "import", ledger.toString(), "--county", "通许县", "--json",
                "--as-of", "2021-06-10", "--out", out);
        CliRun withBogus = CliRun.run(properties, "import", ledger.toString(), bogus.toString(), "--county", "通许县",
                "--json", "--out", out);

        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(first.out());
        assertThat(json.propertyNames()).containsExactly("files");
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo(ledger.toString());
        assertThat(file.get("county").asString()).isEqualTo("通许县");
        assertThat(file.get("kind").asString()).isEqualTo("ledger");
        assertThat(file.get("status").asString()).isEqualTo("imported");
        assertThat(file.get("rows").asInt()).isEqualTo(file.get("accepted").asInt() + file.get("rejected").asInt());
        assertThat(file.get("errors").isArray()).isTrue();
        for (JsonNode e : file.get("errors")) {
            assertThat(e.get("level").asString()).isIn("error", "warning");
            assertThat(e.get("code").asString()).matches("[FR]\\d\\d");
            assertThat(e.has("sheet") && e.has("row") && e.has("column") && e.has("message")).isTrue();
        }
        assertThat(withBogus.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        JsonNode second = JsonMapper.builder().build().readTree(withBogus.out());
        assertThat(second.get("files").get(0).get("status").asString()).isEqualTo("duplicate");
        JsonNode rejected = second.get("files").get(1);
        assertThat(rejected.get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.get("errors").get(0).get("code").asString()).isEqualTo("F01");
        assertThat(rejected.get("errors").get(0).get("row").isNull()).isTrue();
        assertThat(bogus).as("files named on the command line stay where they are").exists();
        JsonNode manifest = JsonMapper.builder().build().readTree(workspace.resolve("out").resolve("manifest.json"));
        assertThat(manifest.findValuesAsString("kind")).contains("receipt");
    }
}
