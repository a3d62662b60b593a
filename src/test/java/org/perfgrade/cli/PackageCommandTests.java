package org.perfgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
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

/**
 * {@code perfgrade package}: usage errors, a package refused for missing materials (exit 3, the enterprises
 * named), and made with {@code --allow-incomplete} (exit 0, the ZIP and its SHA-256 in the JSON).
 */
@RunsOnEachDatabase
class PackageCommandTests {

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
    void refusesAPackageWithoutExpertOpinionsUnlessAllowed() throws Exception {
        // given: the ledgers of every county imported (A/B grades, but no application with an expert opinion)
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        Path inbox = workspace.resolve("inbox");
        Path out = workspace.resolve("out");
        SampleSubmissions.withScale(new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read(), 7, 60)
                .writeInbox(inbox, LocalDate.of(2021, 8, 16));
        CliRun imported = CliRun.run(properties, "import", "--inbox", inbox.toString(), "--as-of", "2021-08-16",
                "--out", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_REJECTED);
        // when
        CliRun noBatch = CliRun.run(properties, "package", "--as-of", "2021-08-16");
        CliRun both = CliRun.run(properties, "package", "--batch", "1", "--all", "--as-of", "2021-08-16");
        CliRun badBatch = CliRun.run(properties, "package", "--batch", "5", "--as-of", "2021-08-16");
        CliRun refused = CliRun.run(properties, "package", "--all", "--as-of", "2021-08-16", "--inbox",
                inbox.toString(), "--out", out.toString());
        boolean packageAfterRefusal = Files.exists(out.resolve("filing"));
        CliRun allowed = CliRun.run(properties, "package", "--all", "--as-of", "2021-08-16", "--allow-incomplete",
                "--inbox", inbox.toString(), "--out", out.toString(), "--json");
        // then
        assertThat(noBatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noBatch.err()).contains("--batch", "--all");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badBatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badBatch.err()).contains("1–4");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(refused.err()).contains("未生成", "缺少材料", "未登记申报及评审结果", "--allow-incomplete");
        assertThat(packageAfterRefusal).as("nothing written when refused").isFalse();
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(allowed.out());
        assertThat(result.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(result.get("batch").asString()).isEqualTo("全部批次");
        Path zip = Path.of(result.get("packagePath").asString());
        assertThat(zip).isRegularFile().isEqualTo(out.resolve("filing/2021-08-16/开封市绩效分级报省材料-全部批次.zip")
                .toAbsolutePath().normalize());
        assertThat(result.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip))));
        assertThat(result.get("gaps").size()).isPositive();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"filing-zip\"",
                result.get("sha256").asString());
    }
}
