package org.perfgrade.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.filing.FilingFixtures;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 报省材料包 from {@code /jobs}: the city starts the package of a batch, follows its steps from the job repository, and
 * the ZIP appears among the documents, where the province downloads it and a county finds nothing; a package lacking an
 * expert opinion fails naming the enterprise, and goes through with the gap when the form allows it.
 */
@WebConsoleTest
class FilingJobPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    JobRuns runs;

    @Autowired
    ConsoleJobThreads threads;

    @Autowired
    AuditLog audit;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    WorkspaceProperties workspace;

    @Autowired
    LedgerImport ledger;

    @Autowired
    JdbcClient jdbc;

    private FilingFixtures data;

    @BeforeEach
    void dataAndUsers() throws IOException {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("tongxu", "county-password-1".toCharArray(), ConsoleRole.COUNTY, "410222");
        users.add("shengting", "province-password-1".toCharArray(), ConsoleRole.PROVINCE, null);
        data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(workspace.inboxDir());
    }

    @AfterEach
    void emptyTheInbox() throws IOException {
        try (Stream<Path> files = Files.walk(workspace.inboxDir())) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(workspace.inboxDir()))
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theCityMakesTheBatchPackageAndTheProvinceDownloadsIt() throws Exception {
        // when
        long id = start("2", false);
        JobProgress done = awaitEnd(id);
        List<AuditEntry> entries = awaitAudit(2);
        // then: the four steps completed, read back from the job repository
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.asOf()).isEqualTo(FilingFixtures.AS_OF);
        assertThat(done.steps()).extracting(JobProgress.StepProgress::name)
                .containsExactly("collect", "lists", "coverLetter", "assemble");
        assertThat(page("/jobs/" + id, "shiju")).contains("报省材料包（业务日期 2021-09-01，执行编号 " + id + "）",
                "已完成", "汇总申报企业和扫描材料", "生成报送函（编号）", "合并文件并打包",
                "/documents?date=2021-09-01&amp;kind=filing-zip");
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.JOB_FINISHED, AuditAction.JOB_START);
        assertThat(entries.get(0).detail()).contains("开封市绩效分级报省材料-第2批.zip");
        // and: the package is in the archive; the province downloads the same bytes, a county is refused
        List<ConsoleDocument> zips = catalog.newest(FilingFixtures.AS_OF, "filing-zip");
        assertThat(zips).hasSize(1);
        ConsoleDocument zip = zips.get(0);
        byte[] downloaded = mvc.perform(get("/documents/" + zip.id()).with(as("shengting")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded)))
                .isEqualTo(zip.sha256());
        mvc.perform(get("/documents/" + zip.id()).with(as("tongxu"))).andExpect(status().isNotFound());
    }

    @Test
    void aMissingExpertOpinionFailsTheRunUnlessGapsAreAllowed() throws Exception {
        // given: T4 applied without an expert opinion
        data.pending();
        // when
        long failedId = start("2", false);
        JobProgress failed = awaitEnd(failedId);
        String failedPage = page("/jobs/" + failedId, "shiju");
        long allowedId = start("2", true);
        JobProgress allowed = awaitEnd(allowedId);
        // then: the failure names the enterprise; allowed, the package is made with the gap
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failedPage).contains("失败", "通许县精诚铸造有限公司").doesNotContain("Exception");
        assertThat(allowed.status()).isEqualTo("COMPLETED");
        assertThat(catalog.newest(FilingFixtures.AS_OF, "filing-zip")).hasSize(1);
        assertThat(awaitAudit(4).get(0).detail()).contains("缺项");
    }

    @Test
    void aBatchOutsideOneToFourIsRefusedBeforeAnythingStarts() throws Exception {
        // when / then
        mvc.perform(post("/jobs/filing").param("date", "2021-09-01").param("batch", "7").with(as("shiju"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/jobs"))
                .andExpect(flash().attribute("error", "审核批次应为 1 至 4 的数字，或留空表示全部批次：7"));
        assertThat(audit.latest(10)).isEmpty();
        mvc.perform(post("/jobs/filing").param("date", "2021-09-01").param("batch", "2").with(as("tongxu"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(page("/jobs", "shiju")).contains("启动报省材料包", "action=\"/jobs/filing\"", "name=\"batch\"",
                "name=\"allowIncomplete\"");
    }

    private long start(String batch, boolean allowIncomplete) throws Exception {
        var request = post("/jobs/filing").param("date", FilingFixtures.AS_OF.toString()).param("batch", batch);
        if (allowIncomplete) {
            request = request.param("allowIncomplete", "true");
        }
        MvcResult started = mvc.perform(request.with(as("shiju")).with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*")).andReturn();
        return Long.parseLong(started.getResponse().getRedirectedUrl().substring("/jobs/".length()));
    }

    private JobProgress awaitEnd(long id) throws InterruptedException {
        return JobWaits.awaitEnd(runs, threads, id, Duration.ofMinutes(3));
    }

    private List<AuditEntry> awaitAudit(int entries) throws InterruptedException {
        return JobWaits.awaitAudit(audit, entries);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
