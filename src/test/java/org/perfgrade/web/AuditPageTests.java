package org.perfgrade.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 审计日志页: the city reads the log, newest first and by action; county and province users may not. */
@WebConsoleTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void usersAndEntries() {
        jdbc.sql("DELETE FROM console_user").update();
        jdbc.sql("DELETE FROM audit_log").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("lankao", "county-password-1".toCharArray(), ConsoleRole.COUNTY, "410225");
        users.add("shengting", "province-password-1".toCharArray(), ConsoleRole.PROVINCE, null);
        log.record("lankao", AuditAction.SIGN_IN, null, "10.0.0.7");
        log.record("lankao", AuditAction.DOWNLOAD, "reports/2021-08-16/兰考县/附件1-目标表.pdf", "10.0.0.7");
        log.record("mallory", AuditAction.SIGN_IN_FAILED, "用户名不存在", "10.0.0.9");
    }

    @Test
    void theCityReadsTheLogNewestFirstAndByAction() throws Exception {
        // when
        String all = mvc.perform(get("/audit").with(user(details.loadUserByUsername("shiju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String downloads = mvc.perform(get("/audit").param("action", "DOWNLOAD")
                        .with(user(details.loadUserByUsername("shiju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(all).contains("审计日志", "mallory", "SIGN_IN_FAILED", "10.0.0.9", "附件1-目标表.pdf");
        assertThat(all.indexOf("mallory")).isLessThan(all.indexOf("附件1-目标表.pdf"));
        assertThat(downloads).contains("附件1-目标表.pdf").doesNotContain("mallory");
    }

    @Test
    void countyAndProvinceUsersMayNotReadIt() throws Exception {
        mvc.perform(get("/audit").with(user(details.loadUserByUsername("lankao")))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(details.loadUserByUsername("shengting"))))
                .andExpect(status().isForbidden());
    }
}
