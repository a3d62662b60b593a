package org.perfgrade.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.template.TemplateWorkbookWriter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebConsoleTest
class UploadTests {

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

    private County longting;

    @BeforeEach
    void users() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        longting = reference.county("龙亭区").orElseThrow();
        users.add("longting", "county-password-1".toCharArray(), ConsoleRole.COUNTY, longting.code());
        users.add("shengting", "province-password".toCharArray(), ConsoleRole.PROVINCE, null);
    }

    @Test
    void aCountyUploadsItsOwnWorkbookAndSeesTheReceipt() throws Exception {
        // given
        MockMultipartFile file = new MockMultipartFile("file", "龙亭区清单台账.xlsx", null, template(longting));
        // when
        String page = mvc.perform(multipart("/upload").file(file).param("county", "龙亭区").with(as("longting"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(page).contains("回执：龙亭区清单台账.xlsx", "<td>龙亭区</td>", "<td>ledger</td>",
                "id=\"receipt-link\"");
        Integer own = jdbc.sql("SELECT COUNT(*) FROM submission WHERE county_code = :c AND file_name = :f")
                .param("c", longting.code()).param("f", "龙亭区清单台账.xlsx").query(Integer.class).single();
        assertThat(own).isEqualTo(1);
        assertThat(jdbc.sql("SELECT source FROM submission WHERE file_name = :f").param("f", "龙亭区清单台账.xlsx")
                .query(String.class).single()).isEqualTo("网页上传（longting）");
        assertThat(audit.latest(5)).extracting(AuditEntry::action).containsExactly(AuditAction.UPLOAD);
        assertThat(audit.latest(1).get(0).detail()).startsWith("龙亭区清单台账.xlsx（龙亭区）");
    }

    @Test
    void aCountyCannotUploadForAnotherCountyNorTheProvinceAtAll() throws Exception {
        // given
        MockMultipartFile file = new MockMultipartFile("file", "鼓楼区清单台账.xlsx", null, template(longting));
        int before = submissions();
        // when / then
        mvc.perform(multipart("/upload").file(file).param("county", "鼓楼区").with(as("longting")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/upload").with(as("shengting"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/upload").file(file).with(as("longting"))).andExpect(status().isForbidden());
        assertThat(submissions()).isEqualTo(before);
        assertThat(audit.latest(5)).isEmpty();
    }

    @Test
    void onlyExcelNamesAreTaken() throws Exception {
        // given
        MockMultipartFile file = new MockMultipartFile("file", "清单台账.csv", null, "a,b".getBytes());
        int before = submissions();
        // when / then
        mvc.perform(multipart("/upload").file(file).with(as("longting")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只接受 .xlsx 或 .xls 格式的 Excel 文件，或文件名含")))
                .andExpect(content().string(containsString("文档：清单台账.csv")));
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    void aCountysWorkPlanDocumentIsRecordedAsReceived() throws Exception {
        // given 龙亭区's 工作计划 as PDF
        MockMultipartFile file = new MockMultipartFile("file", "龙亭区绩效分级工作计划.pdf", null,
                "%PDF-1.4 龙亭区工作计划".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // when
        String page = mvc.perform(multipart("/upload").file(file).param("county", "龙亭区").with(as("longting"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then it is the county's work plan, recorded as received
        assertThat(page).contains("<td>work-plan</td>", "已登记收到（工作计划及动员部署情况）");
        assertThat(jdbc.sql("SELECT kind, status FROM submission WHERE file_name = :f")
                .param("f", "龙亭区绩效分级工作计划.pdf").query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single()).isEqualTo("WORK_PLAN IMPORTED");
    }

    @Test
    void theBrowsersFileNameCannotLeaveTheTemporaryFolder() {
        // then
        assertThat(UploadController.fileName("..\\..\\etc/清单.xlsx")).isEqualTo("清单.xlsx");
        assertThat(UploadController.fileName("../..")).isEqualTo("上传文件..");
        assertThat(UploadController.fileName(null)).isEqualTo("上传文件");
    }

    private int submissions() {
        return jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single();
    }

    private byte[] template(County county) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateWorkbookWriter(reference).write(SubmissionKind.LEDGER, county, out);
        return out.toByteArray();
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
