package org.perfgrade.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebConsoleTest
class SignInTests {

    private static final String PASSWORD = "kaifeng-2021-ok";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneCityUser() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", PASSWORD.toCharArray(), ConsoleRole.CITY, null);
    }

    @Test
    void theSignInPageIsChineseAndCarriesACsrfToken() throws Exception {
        // when / then
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("重点行业绩效分级工作平台")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void everyPageButSignInAndHealthNeedsASignedInUser() throws Exception {
        // when / then
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/documents")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() throws Exception {
        // when
        mvc.perform(formLogin("/login").user("shiju").password(PASSWORD))
                // then
                .andExpect(authenticated().withUsername("shiju").withRoles("CITY"))
                .andExpect(redirectedUrl("/"));
        List<AuditEntry> entries = audit.latest(10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.SIGN_IN);
        assertThat(entries.get(0).username()).isEqualTo("shiju");
        assertThat(entries.get(0).remoteAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aWrongPasswordIsRefusedCountedAndAudited() throws Exception {
        // when
        mvc.perform(formLogin("/login").user("shiju").password("wrong-password"))
                // then
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(users.find("shiju").orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.SIGN_IN_FAILED);
        // and an unknown user is refused the same way, audited under the name typed
        mvc.perform(formLogin("/login").user("nobody").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(audit.latest(1).get(0).username()).isEqualTo("nobody");
    }

    @Test
    void fiveFailuresLockTheAccountSoTheSixthWithTheRightPasswordIsRefused() throws Exception {
        // given
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("shiju").password("wrong-" + i)).andExpect(unauthenticated());
        }
        assertThat(users.find("shiju").orElseThrow().lockedUntil()).isNull();
        mvc.perform(formLogin("/login").user("shiju").password("wrong-5")).andExpect(unauthenticated());
        // when
        mvc.perform(formLogin("/login").user("shiju").password(PASSWORD))
                // then
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        ConsoleUser locked = users.find("shiju").orElseThrow();
        assertThat(locked.lockedUntil()).isBetween(users.now().plusMinutes(14), users.now().plusMinutes(15));
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsSubsequence(AuditAction.LOCKED,
                AuditAction.SIGN_IN_FAILED).doesNotContain(AuditAction.SIGN_IN);
        mvc.perform(get("/login").param("locked", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("已被锁定")));
    }

    @Test
    void aSuccessClearsTheFailureCount() throws Exception {
        // given
        mvc.perform(formLogin("/login").user("shiju").password("wrong-1"));
        mvc.perform(formLogin("/login").user("shiju").password("wrong-2"));
        // when
        mvc.perform(formLogin("/login").user("shiju").password(PASSWORD)).andExpect(authenticated());
        // then
        assertThat(users.find("shiju").orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        // when / then
        mvc.perform(post("/login").param("username", "shiju").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(audit.latest(10)).isEmpty();
        // the sign-out too
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }
}
