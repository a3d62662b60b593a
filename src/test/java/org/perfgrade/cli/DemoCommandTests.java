package org.perfgrade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.TestDatabase;
import org.perfgrade.document.AtomicFiles;
import org.perfgrade.web.ConsoleUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfgrade demo} on an empty data and output folder, twice, on each database. */
@RunsOnEachDatabase
class DemoCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workspace;

    private TestDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private Map<String, Object> properties() {
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>();
        properties.put("perfgrade.data-dir", workspace.resolve("data").toString());
        if (TestDatabase.isMysql()) {
            properties.put("perfgrade.db.url", database.url());
            properties.put("perfgrade.db.user", database.user());
            properties.put("perfgrade.db.password", database.password());
        }
        return properties;
    }

    @Test
    void aReplayCutBeforeTheScenariosFirstDayIsAUsageError() {
        // given
        Map<String, Object> properties = properties();
        // when
        CliRun run = CliRun.run(properties, "demo", "--out", workspace.resolve("out").toString(), "--as-of",
                "2021-05-24");
        // then
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("用法错误", "2021-05-25", "--as-of");
        assertThat(workspace.resolve("out").resolve("demo").resolve("replay")).doesNotExist();
    }

    @Test
    void demoBuildsTheDatabaseWritesTheSampleInboxAndTheFontCheckAndCanRunAgain() throws Exception {
        // given
        Map<String, Object> properties = properties();
        Path out = workspace.resolve("out");
        // when
        CliRun first = CliRun.run(properties, "demo", "--quick", "--out", out.toString(), "--json");
        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode result = JSON.readTree(first.out());
        assertThat(result.get("counties").asInt()).isEqualTo(10);
        assertThat(result.get("industries").asInt()).isGreaterThanOrEqualTo(41);
        // and 兰考县 and 尉氏县, written the way clerks fill them, come in with corrections and skipped rows, no more refusals
        for (JsonNode file : result.get("imports")) {
            String county = file.get("county").asString();
            boolean clerkStyle = county.equals("兰考县") || county.equals("尉氏县");
            boolean corrected = false;
            for (JsonNode e : file.get("errors")) {
                if (e.get("code").asString().matches("R2[6-9]|R3[0-2]")) {
                    assertThat(e.get("level").asString()).isEqualTo("warning");
                    assertThat(e.get("readAs").isNull()).isFalse();
                    corrected = true;
                }
            }
            if (!"application".equals(file.get("kind").asString())) {
                assertThat(corrected).as(county + " " + file.get("kind")).isEqualTo(clerkStyle);
                assertThat(file.get("skipped").isEmpty()).as(county + " " + file.get("kind")).isEqualTo(!clerkStyle);
            }
        }
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.isArray()).isTrue();
        JsonNode fontCheck = entry(manifest, "font-check");
        assertThat(fontCheck.get("path").asString()).isEqualTo("font-check.pdf");
        assertThat(fontCheck.get("sha256").asString()).isEqualTo(AtomicFiles.sha256(out.resolve("font-check.pdf")));
        assertThat(fontCheck.get("asOf").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(fontCheck.has("county")).isFalse();
        // every document of issue #5, city-wide, and the extracts of each county, each file as listed
        List<String> cityWide = List.of("briefing-pdf", "target-table-pdf", "improvement-list-xlsx",
                "improvement-list-pdf", "emergency-list-xlsx", "publicity-xlsx", "publicity-pdf");
        for (String kind : cityWide) {
            long withoutCounty = 0;
            long withCounty = 0;
            for (JsonNode e : manifest) {
                if (kind.equals(e.get("kind").asString())) {
                    Path file = out.resolve(e.get("path").asString());
                    assertThat(e.get("sha256").asString()).isEqualTo(AtomicFiles.sha256(file));
                    if (e.has("county")) {
                        withCounty++;
                    }
                    else {
                        withoutCounty++;
                    }
                }
            }
            assertThat(withoutCounty).as("city-wide " + kind).isEqualTo(1);
            assertThat(withCounty).as("county extracts of " + kind).isEqualTo(kind.equals("briefing-pdf") ? 0 : 10);
        }
        // and a numbered progress notice, as PDF and DOCX
        JsonNode noticePdf = entry(manifest, "notice-pdf");
        assertThat(noticePdf.get("path").asString())
                .matches("notices/\\d{4}-\\d{2}-\\d{2}/汴环攻坚办〔2021〕92号-.*\\.pdf");
        assertThat(entry(manifest, "notice-docx").get("path").asString()).endsWith(".docx");
        List<Path> inbox = inboxFiles(out);
        assertThat(inbox).hasSizeGreaterThanOrEqualTo(20);
        assertThat(inbox.stream().filter(p -> p.toString().matches(".*\\.xlsx?")).map(p -> p.getParent().getFileName()
                .toString()).distinct()).hasSize(10);
        // and the filing package of batch 1 with scanned materials from the inbox
        JsonNode filing = entry(manifest, "filing-zip");
        assertThat(filing.get("path").asString()).matches("filing/\\d{4}-\\d{2}-\\d{2}/开封市绩效分级报省材料-第1批\\.zip");
        assertThat(filing.get("sha256").asString()).isEqualTo(AtomicFiles.sha256(out.resolve(filing.get("path")
                .asString())));
        assertThat(inbox).anyMatch(p -> p.toString().contains("/materials/") && p.toString().endsWith("专家意见.pdf"));
        if (!TestDatabase.isMysql()) {
            assertThat(workspace.resolve("data").resolve("perfgrade.mv.db")).exists();
        }
        long counties = count(properties, "SELECT COUNT(*) FROM county");
        // and three demo accounts whose printed passwords sign in (bcrypt hashes in the database)
        JsonNode accounts = result.get("consoleUsers");
        assertThat(accounts).extracting(a -> a.get("username").asString())
                .containsExactly("demo-city", "demo-county", "demo-province");
        assertThat(accounts).extracting(a -> a.get("role").asString()).containsExactly("市局", "县区", "省厅");
        assertThat(accounts.get(1).get("county").asString()).isNotBlank();
        String firstPassword = accounts.get(0).get("password").asString();
        for (JsonNode account : accounts) {
            assertThat(ConsoleUsers.passwordEncoder().matches(account.get("password").asString(),
                    passwordHash(account.get("username").asString()))).isTrue();
        }

        // when run again
        Map<String, String> inboxHashes = hashes(inbox);
        CliRun second = CliRun.run(properties, "demo", "--quick", "--out", out.toString());
        // then nothing is duplicated
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("演示完成", "font-check.pdf");
        // and the demo accounts got new passwords: the old one no longer signs in
        Matcher printed = Pattern.compile("demo-city\\s+市局\\s+密码 (\\S+)").matcher(second.out());
        assertThat(printed.find()).as(second.out()).isTrue();
        assertThat(printed.group(1)).isNotEqualTo(firstPassword);
        assertThat(ConsoleUsers.passwordEncoder().matches(printed.group(1), passwordHash("demo-city"))).isTrue();
        assertThat(ConsoleUsers.passwordEncoder().matches(firstPassword, passwordHash("demo-city"))).isFalse();
        JsonNode again = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(again.size()).isEqualTo(manifest.size());
        assertThat(inboxFiles(out)).containsExactlyElementsOf(inbox);
        assertThat(hashes(inboxFiles(out))).isEqualTo(inboxHashes);
        assertThat(count(properties, "SELECT COUNT(*) FROM county")).isEqualTo(counties).isEqualTo(10);
        assertThat(count(properties, "SELECT COUNT(*) FROM industry")).isEqualTo(result.get("industries").asInt());
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static JsonNode entry(JsonNode manifest, String kind) {
        JsonNode found = null;
        for (JsonNode e : manifest) {
            if (kind.equals(e.get("kind").asString())) {
                assertThat(found).as("one entry of kind " + kind).isNull();
                found = e;
            }
        }
        assertThat(found).as("manifest entry " + kind).isNotNull();
        return found;
    }

    private static List<Path> inboxFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("demo").resolve("inbox"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> hashes(List<Path> files) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (Path f : files) {
            hashes.put(f.toString(), AtomicFiles.sha256(f));
        }
        return hashes;
    }

    private String passwordHash(String username) throws SQLException {
        try (Connection c = connection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT password_hash FROM console_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).as("user " + username).isTrue();
                return rs.getString(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        String url = TestDatabase.isMysql() ? database.url()
                : "jdbc:h2:file:" + workspace.resolve("data").resolve("perfgrade") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        return DriverManager.getConnection(url, TestDatabase.isMysql() ? database.user() : "sa",
                TestDatabase.isMysql() ? database.password() : "");
    }

    private long count(Map<String, Object> properties, String sql) throws SQLException {
        try (Connection c = connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
