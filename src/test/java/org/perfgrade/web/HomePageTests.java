package org.perfgrade.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;
import org.perfgrade.snapshot.SnapshotService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebConsoleTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    SnapshotRepository repository;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aCityUser() {
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
    }

    @Test
    void theFrontPageShowsTheLatestSnapshotPerCountyInAppendixOrder() throws Exception {
        // given: two snapshots; the later one is shown
        repository.store(snapshots.take(LocalDate.of(2021, 6, 29)));
        Snapshot latest = snapshots.take(LocalDate.of(2021, 6, 30));
        repository.store(latest);
        // when
        String page = mvc.perform(get("/").with(user(details.loadUserByUsername("shiju"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // then
        assertThat(page).contains("各县区重点行业绩效分级完成情况（截至2021年6月30日）").doesNotContain("2021-06-29");
        int last = -1;
        for (County county : reference.counties()) {
            int at = page.indexOf(">" + county.name() + "</td>");
            assertThat(at).as(county.name()).isGreaterThan(last);
            last = at;
        }
        assertThat(page).contains("国家级", "省级", "通过占比", "通过目标");
        assertThat(CountyRow.of(latest)).hasSize(latest.counties().stream().mapToInt(c -> c.levels().size()).sum());
    }
}
