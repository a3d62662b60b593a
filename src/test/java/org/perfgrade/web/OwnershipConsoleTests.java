package org.perfgrade.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.CountyWorkbooks;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.CountyWorkbooks.creditCode;
import static org.perfgrade.CountyWorkbooks.ledgerRow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 归属 through the console: a county's upload never changes another county's enterprise, a held file waits for the
 * city's buttons, only the city moves an enterprise (form) — and counties and the province reach neither.
 */
@WebConsoleTest
class OwnershipConsoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    ReferenceData reference;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    County lankao;
    County qixian;

    @BeforeEach
    void lankaoHoldsEightLines() throws Exception {
        LedgerTables.clear(jdbc);
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        lankao = reference.county("兰考县").orElseThrow();
        qixian = reference.county("杞县").orElseThrow();
        users.add("shi", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("lankao", "county-password-1".toCharArray(), ConsoleRole.COUNTY, lankao.code());
        users.add("qixian", "county-password-2".toCharArray(), ConsoleRole.COUNTY, qixian.code());
        users.add("shengting", "province-password".toCharArray(), ConsoleRole.PROVINCE, null);
        assertThat(upload("lankao", "兰考县清单台账.xlsx", lankao, lankaoRows(8))).contains("已导入");
    }

    @Test
    void aCountyUploadNamingAnotherCountysEnterpriseIsRefusedAndItsDuplicateBytesGetTheirOwnReceipt()
            throws Exception {
        // given
        List<Map<String, Object>> before = lankaoData();
        // when 杞县 uploads a ledger with 兰考县's credit code, then 兰考县's very bytes
        String page = upload("qixian", "杞县清单台账.xlsx", qixian, List.of(
                ledgerRow("杞县", creditCode(101), "杞县新兴铸造有限公司", "C"),
                ledgerRow("杞县", creditCode(1), "兰考第1铸造有限公司", "B")));
        String copy = upload("qixian", "杞县报送.xlsx", qixian, lankaoRows(8), lankao);
        // then
        assertThat(page).contains("5 该企业已登记在其他县区，如需迁移请联系市生态环境局");
        assertThat(copy).contains("<td>杞县</td>", "已退回：没有可接收的数据行").doesNotContain("重复报送");
        assertThat(lankaoData()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE county_code = :c").param("c", qixian.code())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aHeldUploadWaitsForTheCityWhoConfirmsItWithTheButton() throws Exception {
        // given 兰考县 uploads a ledger listing 2 of its 8 lines
        String page = upload("lankao", "兰考县清单台账（6月）.xlsx", lankao, lankaoRows(2));
        assertThat(page).contains("待市局确认（在册数据未作改动）");
        long id = jdbc.sql("SELECT id FROM submission WHERE status = 'HELD'").query(Long.class).single();
        assertThat(activeLines()).isEqualTo(8);
        // when the city opens the upload page and confirms
        String list = mvc.perform(get("/upload").with(as("shi"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String confirmed = mvc.perform(post("/upload/held/" + id + "/confirm").with(as("shi")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(list).contains("id=\"held-" + id + "\"", "/upload/held/" + id + "/confirm",
                "/upload/held/" + id + "/reject");
        assertThat(confirmed).contains("已导入");
        assertThat(activeLines()).isEqualTo(2);
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.HELD_CONFIRM);
            assertThat(e.username()).isEqualTo("shi");
            assertThat(e.detail()).contains("报送编号 " + id, "已确认");
        });
    }

    @Test
    void theCityRejectsAHeldUploadAndCountiesAndTheProvinceCannotDecideNorMoveEnterprises() throws Exception {
        // given
        upload("lankao", "兰考县清单台账（6月）.xlsx", lankao, lankaoRows(2));
        long id = jdbc.sql("SELECT id FROM submission WHERE status = 'HELD'").query(Long.class).single();
        // when / then counties (even the file's own) and the province are refused
        for (String who : List.of("lankao", "qixian", "shengting")) {
            mvc.perform(post("/upload/held/" + id + "/confirm").with(as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/move").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/enterprises/move").param("creditCode", creditCode(1)).param("to", "杞县")
                    .param("date", "2021-07-01").param("reason", "迁址").with(as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(mvc.perform(get("/upload").with(as("lankao"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/upload/held/");
        // when the city rejects it
        String rejected = mvc.perform(post("/upload/held/" + id + "/reject").with(as("shi")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(rejected).contains("已退回：市生态环境局未确认");
        assertThat(activeLines()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c").param("c", creditCode(1))
                .query(String.class).single()).isEqualTo(lankao.code());
        assertThat(audit.latest(1)).extracting(AuditEntry::action).containsExactly(AuditAction.HELD_REJECT);
    }

    @Test
    void theCityMovesAnEnterpriseWithTheFormAndThenItsNewCountyMayReportIt() throws Exception {
        // when
        String form = mvc.perform(get("/enterprises/move").with(as("shi"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String done = mvc.perform(post("/enterprises/move").param("creditCode", creditCode(1)).param("to", "杞县")
                        .param("date", "2021-07-01").param("reason", "企业注册地址变更").with(as("shi")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(form).contains("name=\"creditCode\"", "name=\"reason\"");
        assertThat(done).contains("由兰考县迁移到杞县，自 2021-07-01 起生效");
        assertThat(jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c").param("c", creditCode(1))
                .query(String.class).single()).isEqualTo(qixian.code());
        assertThat(jdbc.sql("SELECT from_county, to_county, effective_on, reason, moved_by FROM enterprise_move")
                .query().singleRow()).containsEntry("from_county", lankao.code())
                .containsEntry("to_county", qixian.code()).containsEntry("reason", "企业注册地址变更")
                .containsEntry("moved_by", "shi");
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ENTERPRISE_MOVE);
            assertThat(e.detail()).contains(creditCode(1), "企业注册地址变更");
        });
        assertThat(upload("qixian", "杞县清单台账.xlsx", qixian,
                List.of(ledgerRow("杞县", creditCode(1), "兰考第1铸造有限公司", "B"))))
                .contains("已导入").doesNotContain("该企业已登记在其他县区");
    }

    private String upload(String who, String name, County county, List<Map<Column, String>> rows) throws Exception {
        return upload(who, name, county, rows, county);
    }

    /** Uploads as the user a template of {@code templateCounty} with the rows; returns the page. */
    private String upload(String who, String name, County county, List<Map<Column, String>> rows,
                          County templateCounty) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, null,
                CountyWorkbooks.workbook(reference, SubmissionKind.LEDGER, templateCounty, rows));
        return mvc.perform(multipart("/upload").file(file).param("county", county.name()).with(as(who))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Map<Column, String>> lankaoRows(int n) {
        List<Map<Column, String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(ledgerRow("兰考县", creditCode(i), "兰考第" + i + "铸造有限公司", "C"));
        }
        return rows;
    }

    private long activeLines() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
                + "WHERE e.county_code = :c AND l.retired_on IS NULL").param("c", lankao.code())
                .query(Long.class).single();
    }

    private List<Map<String, Object>> lankaoData() {
        List<Map<String, Object>> data = new ArrayList<>(jdbc.sql("SELECT id, credit_code, name, county_code, "
                + "updated_at FROM enterprise WHERE county_code = :c ORDER BY id").param("c", lankao.code())
                .query().listOfRows());
        data.addAll(jdbc.sql("SELECT l.id, l.grade, l.retired_on, l.last_submission_id FROM ledger_line l "
                + "JOIN enterprise e ON e.id = l.enterprise_id WHERE e.county_code = :c ORDER BY l.id")
                .param("c", lankao.code()).query().listOfRows());
        return data;
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
