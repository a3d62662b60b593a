package org.perfgrade.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.LedgerTables;
import org.perfgrade.WorkspaceProperties;
import org.perfgrade.nightly.NightlyProperties;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
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
 * 作业页: the city starts a nightly run from {@code /jobs}, follows it on its progress page (read from the job
 * repository) and reaches the documents of the date; a run of the kind already going is not started twice; county
 * and province users reach none of it, and a start without the CSRF token is refused.
 */
@WebConsoleTest
class JobPageTests {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
    private static final LocalDate STALE_DAY = LocalDate.of(2021, 8, 20);

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
    JobRepository jobRepository;

    @Autowired
    AuditLog audit;

    @Autowired
    ReferenceData reference;

    @Autowired
    WorkspaceProperties workspace;

    @Autowired
    NightlyProperties nightly;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private JobExecution stale;

    @BeforeEach
    void users() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("lankao", "county-password-1".toCharArray(), ConsoleRole.COUNTY, "410225");
        users.add("shengting", "province-password-1".toCharArray(), ConsoleRole.PROVINCE, null);
    }

    @AfterEach
    void endTheStaleRunAndEmptyTheInbox() throws IOException {
        if (stale != null) {
            stale.setStatus(BatchStatus.ABANDONED);
            stale.setEndTime(LocalDateTime.now());
            jobRepository.update(stale);
        }
        if (Files.isDirectory(workspace.inboxDir())) {
            try (Stream<Path> files = Files.walk(workspace.inboxDir())) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(workspace.inboxDir()))
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theCityStartsANightlyRunAndFollowsItToTheDocumentsOfTheDate() throws Exception {
        // given: a small inbox of every county
        LedgerTables.clear(jdbc);
        List<Path> files = SampleSubmissions.withScale(reference, 7, 60).writeInbox(workspace.inboxDir(), DAY);
        // when
        MvcResult started = mvc.perform(post("/jobs/nightly").param("date", DAY.toString()).with(as("shiju"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/jobs/*")).andReturn();
        long id = Long.parseLong(started.getResponse().getRedirectedUrl().substring("/jobs/".length()));
        JobProgress done = awaitEnd(id);
        List<AuditEntry> entries = awaitAudit(2);
        String page = page("/jobs/" + id);
        // then: the run completed, read back from the job repository, and its documents are in the archive
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.asOf()).isEqualTo(DAY);
        assertThat(done.steps()).extracting(JobProgress.StepProgress::name)
                .containsExactly("takeIn", "snapshot", "renderDocuments");
        assertThat(done.steps().get(0).writeCount()).isEqualTo(files.size());
        assertThat(done.steps().get(2).writeCount()).isPositive();
        assertThat(catalog.newest(DAY, BriefingReport.KIND)).hasSize(1);
        assertThat(page).contains("夜间作业（业务日期 2021-08-16，执行编号 " + id + "）", "已完成",
                "接收报送文件（收件箱、县区数据库）", "计算进展快照", "生成当日文档", "/documents?date=2021-08-16")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(page("/jobs")).contains("/jobs/" + id + "\"", "已完成");
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.JOB_FINISHED, AuditAction.JOB_START);
        assertThat(entries.get(1).detail()).contains("夜间作业", "2021-08-16", "执行编号 " + id);
        assertThat(entries.get(0).detail()).contains("完成", "导入 " + files.size() + " 个文件");
        assertThat(entries.get(1).username()).isEqualTo("shiju");
    }

    @Test
    void aRunOfTheKindStillGoingIsNotStartedAgain() throws Exception {
        // given: a nightly run of a date marked running in the job repository (e.g. the scheduled one)
        stale = running(STALE_DAY);
        long executions = executions();
        // when: the same date, then another date
        mvc.perform(post("/jobs/nightly").param("date", STALE_DAY.toString()).with(as("shiju")).with(csrf()))
                // then
                .andExpect(redirectedUrl("/jobs"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("业务日期 2021-08-20 的夜间作业正在运行"),
                        org.hamcrest.Matchers.containsString("执行编号 " + stale.getId()),
                        org.hamcrest.Matchers.containsString("不会再启动一次"))))
                .andExpect(flash().attribute("blocking", stale.getId()));
        mvc.perform(post("/jobs/nightly").param("date", DAY.toString()).with(as("shiju")).with(csrf()))
                .andExpect(redirectedUrl("/jobs"))
                .andExpect(flash().attribute("error",
                        org.hamcrest.Matchers.containsString("同一类作业一次只运行一个")));
        assertThat(executions()).isEqualTo(executions);
        assertThat(audit.latest(10)).isEmpty();
        // and its progress page says it is running and refreshes itself
        assertThat(page("/jobs/" + stale.getId())).contains("运行中", "http-equiv=\"refresh\"", "content=\"2\"",
                "本页每 2 秒自动刷新");
    }

    @Test
    void aFailedStepShowsItsMessageWithoutTheExceptionClass() throws Exception {
        // given: a run whose rendering failed, as the job repository stores it
        JobParameters parameters = parameters(LocalDate.of(2021, 8, 21));
        JobInstance instance = jobRepository.createJobInstance("nightlyJob", parameters);
        JobExecution failed = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        failed.setStartTime(LocalDateTime.of(2021, 8, 22, 1, 30));
        StepExecution step = jobRepository.createStepExecution("renderDocuments", failed);
        step.setStartTime(LocalDateTime.of(2021, 8, 22, 1, 31));
        step.setStatus(BatchStatus.FAILED);
        step.setExitStatus(ExitStatus.FAILED.addExitDescription(
                "java.lang.IllegalStateException: 模拟故障：磁盘已满\n\tat org.perfgrade.report.DailyDocuments.render"));
        step.setEndTime(LocalDateTime.of(2021, 8, 22, 1, 32));
        jobRepository.update(step);
        failed.setStatus(BatchStatus.FAILED);
        failed.setExitStatus(ExitStatus.FAILED);
        failed.setEndTime(LocalDateTime.of(2021, 8, 22, 1, 32));
        jobRepository.update(failed);
        // when
        String page = page("/jobs/" + failed.getId());
        String json = mvc.perform(get("/jobs/" + failed.getId() + "/progress").with(as("shiju")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(page).contains("失败", "失败原因：模拟故障：磁盘已满", "生成当日文档", "2021-08-22 01:30:00",
                "/documents?date=2021-08-21").doesNotContain("IllegalStateException", "http-equiv=\"refresh\"");
        assertThat(json).contains("\"status\":\"FAILED\"", "\"running\":false", "\"asOf\":\"2021-08-21\"",
                "\"name\":\"renderDocuments\"", "\"message\":\"模拟故障：磁盘已满\"");
    }

    @Test
    void theFormProposesTheScheduledDateAndCarriesTheCsrfToken() throws Exception {
        // given
        LocalDate proposed = LocalDate.now(clock.withZone(workspace.zone())).plusDays(nightly.dateOffsetDays());
        // when
        String page = page("/jobs");
        // then
        assertThat(page).contains("启动夜间作业", "value=\"" + proposed + "\"", "name=\"_csrf\"",
                "action=\"/jobs/nightly\"");
    }

    @Test
    void countyAndProvinceUsersReachNoJobPage() throws Exception {
        // given
        stale = running(STALE_DAY.plusDays(3));
        long executions = executions();
        // when / then
        for (String name : new String[] { "lankao", "shengting" }) {
            mvc.perform(get("/jobs").with(as(name))).andExpect(status().isForbidden());
            mvc.perform(get("/jobs/" + stale.getId()).with(as(name))).andExpect(status().isForbidden());
            mvc.perform(get("/jobs/" + stale.getId() + "/progress").with(as(name))).andExpect(status().isForbidden());
            mvc.perform(post("/jobs/nightly").param("date", DAY.toString()).with(as(name)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/jobs")).andExpect(redirectedUrl("/login"));
        assertThat(executions()).isEqualTo(executions);
        assertThat(audit.latest(10)).isEmpty();
    }

    @Test
    void aStartWithoutTheCsrfTokenIsRefused() throws Exception {
        // given
        long executions = executions();
        // when / then
        mvc.perform(post("/jobs/nightly").param("date", DAY.toString()).with(as("shiju")))
                .andExpect(status().isForbidden());
        assertThat(executions()).isEqualTo(executions);
        assertThat(audit.latest(10)).isEmpty();
    }

    @Test
    void aBadDateOrAnUnknownKindIsRefused() throws Exception {
        // when / then
        mvc.perform(post("/jobs/nightly").param("date", "2021/8/16").with(as("shiju")).with(csrf()))
                .andExpect(redirectedUrl("/jobs"))
                .andExpect(flash().attribute("error", "业务日期应写成 2021-08-16 的形式：2021/8/16"));
        mvc.perform(post("/jobs/nothing").param("date", DAY.toString()).with(as("shiju")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/jobs/999999").with(as("shiju"))).andExpect(status().isNotFound());
    }

    private JobProgress awaitEnd(long id) throws InterruptedException {
        return JobWaits.awaitEnd(runs, threads, id, Duration.ofMinutes(5));
    }

    private List<AuditEntry> awaitAudit(int entries) throws InterruptedException {
        return JobWaits.awaitAudit(audit, entries);
    }

    private JobExecution running(LocalDate date) {
        JobParameters parameters = parameters(date);
        JobInstance instance = jobRepository.createJobInstance("nightlyJob", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.of(2021, 8, 21, 1, 30));
        jobRepository.update(execution);
        return execution;
    }

    /** The nightly job's identifying parameters (see NightlyRunner): the business date and the revision. */
    private static JobParameters parameters(LocalDate date) {
        return new JobParametersBuilder().addLocalDate("runDate", date).addLong("revision", 1L).toJobParameters();
    }

    private long executions() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").query(Long.class).single();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as("shiju"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
