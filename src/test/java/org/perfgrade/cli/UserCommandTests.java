package org.perfgrade.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.RunsOnEachDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RunsOnEachDatabase
class UserCommandTests {

    @TempDir
    Path dir;

    private CliWorkspace workspace;
    private InputStream stdin;

    @BeforeEach
    void open() {
        workspace = CliWorkspace.in(dir);
        stdin = System.in;
    }

    @AfterEach
    void close() {
        System.setIn(stdin);
        workspace.close();
    }

    @Test
    void addsACountyUserWithABcryptHashAndListsIt() {
        // when
        CliRun add = withPassword("lankao-pass-2021", "user", "add", "lankao", "--role", "county", "--county", "兰考",
                "--password-stdin");
        // then
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("已新增用户 lankao（县区，兰考）");
        JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                workspace.database().url(), workspace.database().user(), workspace.database().password()));
        Map<String, Object> row = jdbc.sql("SELECT password_hash, role, county_code FROM console_user "
                + "WHERE username = 'lankao'").query().singleRow();
        assertThat(row.get("password_hash").toString()).startsWith("{bcrypt}$2").doesNotContain("lankao-pass-2021");
        assertThat(row.get("role")).isEqualTo("COUNTY");
        assertThat(row.get("county_code")).isEqualTo("410225");
        CliRun list = CliRun.run(workspace.properties(), "user", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("lankao  县区  兰考县");
    }

    @Test
    void refusesAShortPasswordAMissingCountyAndATakenName() {
        // when / then
        CliRun shortPassword = withPassword("short", "user", "add", "shiju", "--role", "city", "--password-stdin");
        assertThat(shortPassword.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(shortPassword.err()).contains("密码至少 10 个字符");
        CliRun noCounty = withPassword("long-enough-1", "user", "add", "xian", "--role", "county", "--password-stdin");
        assertThat(noCounty.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(noCounty.err()).contains("--county");
        CliRun badRole = withPassword("long-enough-1", "user", "add", "x1", "--role", "admin", "--password-stdin");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withPassword("long-enough-1", "user", "add", "shiju", "--role", "city", "--password-stdin")
                .exitCode()).isZero();
        CliRun taken = withPassword("long-enough-2", "user", "add", "shiju", "--role", "province",
                "--password-stdin");
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(taken.err()).contains("已存在");
    }

    @Test
    void withoutATerminalOrStdinThereIsNoDefaultPassword() {
        // when
        CliRun run = CliRun.run(workspace.properties(), "user", "add", "shiju", "--role", "city");
        // then
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--password-stdin");
        assertThat(CliRun.run(workspace.properties(), "user", "list").out()).contains("尚无用户");
    }

    private CliRun withPassword(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        return CliRun.run(workspace.properties(), args);
    }
}
