package org.perfgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.CountyWorkbooks;
import org.perfgrade.RunsOnEachDatabase;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.reference.ConfigFiles;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.reference.ReferenceDataReader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.CountyWorkbooks.creditCode;
import static org.perfgrade.CountyWorkbooks.ledgerRow;

/**
 * 归属 on the command line: {@code import} refuses another county's enterprise (R33) and holds a file that would
 * retire most of its county's lines (exit 3, status held); {@code import held} lists it, {@code import confirm}
 * imports it; {@code enterprise move} moves an enterprise — decisions and moves in the audit log.
 */
@RunsOnEachDatabase
class OwnershipCommandTests {

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
    void anotherCountysEnterpriseIsRefusedAHeldFileIsConfirmedByTheCityAndAnEnterpriseMoved() throws Exception {
        // given 兰考县's ledger of 8 lines, 杞县's naming one of them, and 兰考县's next listing 2 of the 8
        ReferenceData reference = new ReferenceDataReader(new ConfigFiles(List.of(workspace))).read();
        var lankao = reference.county("兰考县").orElseThrow();
        var qixian = reference.county("杞县").orElseThrow();
        Path first = CountyWorkbooks.write(workspace.resolve("兰考县清单台账.xlsx"), reference, SubmissionKind.LEDGER,
                lankao, lankaoRows(8));
        Path other = CountyWorkbooks.write(workspace.resolve("杞县清单台账.xlsx"), reference, SubmissionKind.LEDGER,
                qixian, List.of(ledgerRow("杞县", creditCode(101), "杞县新兴铸造有限公司", "C"),
                        ledgerRow("杞县", creditCode(1), "兰考第1铸造有限公司", "B")));
        Path next = CountyWorkbooks.write(workspace.resolve("兰考县清单台账（6月）.xlsx"), reference,
                SubmissionKind.LEDGER, lankao, lankaoRows(2));
        cli = CliWorkspace.in(workspace);
        Map<String, Object> properties = cli.properties();
        String out = workspace.resolve("out").toString();
        JsonMapper json = JsonMapper.builder().build();

        // when the three files are imported (the county read from each file)
        CliRun imported = CliRun.run(properties, "import", first.toString(), other.toString(), next.toString(),
                "--as-of", "2021-06-10", "--json", "--out", out);

        // then 杞县's row naming 兰考县's enterprise is refused, and the last file is held (exit 3)
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.INPUT_REJECTED);
        JsonNode files = json.readTree(imported.out()).get("files");
        assertThat(files.get(0).get("status").asString()).isEqualTo("imported");
        assertThat(files.get(1).get("status").asString()).isEqualTo("imported");
        assertThat(files.get(1).get("accepted").asInt()).isEqualTo(1);
        List<String> messages = new ArrayList<>();
        files.get(1).get("errors").forEach(e -> messages.add(e.get("code").asString() + " " + e.get("message").asString()));
        assertThat(messages).anySatisfy(m -> assertThat(m).matches("R33 [A-Z]+5 该企业已登记在其他县区，如需迁移请联系市生态环境局"));
        JsonNode held = files.get(2);
        assertThat(held.get("status").asString()).isEqualTo("held");
        assertThat(held.get("reason").asString()).contains("待市生态环境局确认");
        long id = held.get("submissionId").asLong();
        assertThat(activeLines(lankao.code())).isEqualTo(8);

        // when the city lists held files, confirms this one and moves an enterprise
        CliRun list = CliRun.run(properties, "import", "held", "--json");
        CliRun confirm = CliRun.run(properties, "import", "confirm", String.valueOf(id), "--json", "--out", out);
        CliRun again = CliRun.run(properties, "import", "confirm", String.valueOf(id));
        CliRun move = CliRun.run(properties, "enterprise", "move", "--credit-code", creditCode(2), "--to", "杞县",
                "--date", "2021-07-01", "--reason", "企业注册地址变更", "--json");

        // then
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode listed = json.readTree(list.out()).get("held");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("submissionId").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("county").asString()).isEqualTo("兰考县");
        assertThat(confirm.exitCode()).as(confirm.err()).isZero();
        assertThat(json.readTree(confirm.out()).get("files").get(0).get("status").asString()).isEqualTo("imported");
        assertThat(activeLines(lankao.code())).isEqualTo(1);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_REJECTED);
        assertThat(again.err()).contains("不是待市局确认的文件");
        assertThat(move.exitCode()).as(move.err()).isZero();
        assertThat(json.readTree(move.out()).get("to").asString()).isEqualTo("杞县");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(cli.database().url(), cli.database().user(),
                cli.database().password()));
        assertThat(jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c").param("c", creditCode(2))
                .query(String.class).single()).isEqualTo(qixian.code());
        assertThat(jdbc.sql("SELECT from_county, to_county, reason FROM enterprise_move").query().singleRow())
                .containsEntry("from_county", lankao.code()).containsEntry("to_county", qixian.code())
                .containsEntry("reason", "企业注册地址变更");
        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list())
                .containsExactly("HELD_CONFIRM", "HELD_CONFIRM", "ENTERPRISE_MOVE");
        assertThat(jdbc.sql("SELECT detail FROM audit_log ORDER BY id").query(String.class).list().get(0))
                .contains("报送编号 " + id, "已确认");
    }

    private static List<Map<Column, String>> lankaoRows(int n) {
        List<Map<Column, String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(ledgerRow("兰考县", creditCode(i), "兰考第" + i + "铸造有限公司", "C"));
        }
        return rows;
    }

    private long activeLines(String county) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(cli.database().url(), cli.database().user(),
                cli.database().password()));
        return jdbc.sql("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code = :c AND l.retired_on IS NULL").param("c", county).query(Long.class).single();
    }
}
