package org.perfgrade.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 表单与开放地址: every form that changes something carries the CSRF token on every page, and a post without it is
 * refused; only the sign-in page, the style sheet and {@code /actuator/health} answer without signing in.
 */
@WebConsoleTest
class ConsoleFormsTests {

    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCityUser() {
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
    }

    @Test
    void everyPostFormOnEveryPageCarriesTheCsrfToken() throws Exception {
        for (String page : new String[] { "/", "/documents", "/upload", "/jobs", "/audit" }) {
            // when
            String html = mvc.perform(get(page).with(user(details.loadUserByUsername("shiju"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // then: the sign-out form at least, and each has the token
            Matcher forms = POST_FORM.matcher(html);
            int count = 0;
            while (forms.find()) {
                count++;
                assertThat(forms.group(1)).as(page + " form " + count).contains("name=\"_csrf\"");
            }
            assertThat(count).as(page).isPositive();
        }
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(POST_FORM.matcher(login).results().map(m -> m.group(1)))
                .isNotEmpty().allMatch(form -> form.contains("name=\"_csrf\""));
    }

    @Test
    void postsWithoutTheTokenAreRefusedEvenForTheCity() throws Exception {
        // when / then
        for (String path : new String[] { "/jobs/nightly", "/logout" }) {
            mvc.perform(post(path).param("date", "2021-08-16").with(user(details.loadUserByUsername("shiju"))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/upload").with(user(details.loadUserByUsername("shiju"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlySignInStyleAndHealthAnswerStrangers() throws Exception {
        // when / then
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"UP\"")));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/console.css")).andExpect(status().isOk());
        for (String page : new String[] { "/", "/documents", "/upload", "/jobs", "/jobs/1", "/audit",
                "/chart/2021-08-16.png", "/actuator/info", "/actuator/env" }) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
    }
}
