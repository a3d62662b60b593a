package org.perfgrade.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebConsoleTest
class DocumentDownloadTests {

    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    DocumentArchive archive;

    @Autowired
    ReferenceData reference;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private County longting;
    private County gulou;
    private ArchivedDocument briefing;
    private ArchivedDocument cityList;
    private ArchivedDocument longtingList;
    private ArchivedDocument gulouList;

    @BeforeEach
    void archiveAndUsers() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        jdbc.sql("DELETE FROM archived_document").update();
        longting = reference.county("龙亭区").orElseThrow();
        gulou = reference.county("鼓楼区").orElseThrow();
        briefing = store(DocumentRequest.cityWide("briefing-pdf", DAY, "2021-06-30/每日进展简报.pdf"), "briefing");
        cityList = store(DocumentRequest.cityWide("improvement-list-xlsx", DAY, "2021-06-30/附件2 提升企业清单.xlsx"),
                "city list");
        longtingList = store(new DocumentRequest("improvement-list-xlsx", DAY, longting,
                "2021-06-30/龙亭区/附件2 提升企业清单（龙亭区）.xlsx"), "longting list");
        gulouList = store(new DocumentRequest("improvement-list-xlsx", DAY, gulou,
                "2021-06-30/鼓楼区/附件2 提升企业清单（鼓楼区）.xlsx"), "gulou list");
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("longting", "county-password-1".toCharArray(), ConsoleRole.COUNTY, longting.code());
        users.add("shengting", "province-password".toCharArray(), ConsoleRole.PROVINCE, null);
    }

    @Test
    void theCityListsEveryDocument() throws Exception {
        // when / then
        mvc.perform(get("/documents").with(as("shiju"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("每日进展简报.pdf")))
                .andExpect(content().string(containsString("附件2 提升企业清单.xlsx")))
                .andExpect(content().string(containsString("附件2 提升企业清单（龙亭区）.xlsx")))
                .andExpect(content().string(containsString("附件2 提升企业清单（鼓楼区）.xlsx")));
    }

    @Test
    void aCountyListsItsOwnExtractsAndTheCityAggregatesOnly() throws Exception {
        // when / then
        mvc.perform(get("/documents").with(as("longting"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("每日进展简报.pdf")))
                .andExpect(content().string(containsString("附件2 提升企业清单（龙亭区）.xlsx")))
                .andExpect(content().string(not(containsString("鼓楼区"))))
                .andExpect(content().string(not(containsString("附件2 提升企业清单.xlsx"))));
    }

    @Test
    void aCountyDownloadsItsOwnExtractButNotAnotherCountysNorTheCityList() throws Exception {
        // when
        MvcResult own = mvc.perform(get("/documents/" + id(longtingList)).with(as("longting")))
                .andExpect(status().isOk()).andReturn();
        // then
        assertThat(own.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("longting list");
        assertThat(own.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E9%99%84%E4%BB%B62");
        mvc.perform(get("/documents/" + id(gulouList)).with(as("longting"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + id(cityList)).with(as("longting"))).andExpect(status().isNotFound());
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.DOWNLOAD);
        assertThat(audit.latest(1).get(0).detail()).contains("龙亭区");
    }

    @Test
    void theProvinceSeesNoCountyDocuments() throws Exception {
        // when / then
        mvc.perform(get("/documents").with(as("shengting"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有您可查看的文档")))
                .andExpect(content().string(not(containsString("龙亭区"))));
        mvc.perform(get("/documents/" + id(longtingList)).with(as("shengting"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + id(briefing)).with(as("shengting"))).andExpect(status().isNotFound());
    }

    @Test
    void theListShowsTheNewestDateUnlessAnotherDateOrAKindIsChosen() throws Exception {
        // given
        store(DocumentRequest.cityWide("briefing-pdf", DAY.minusDays(1), "2021-06-29/每日进展简报.pdf"), "old briefing");
        // when / then
        mvc.perform(get("/documents").with(as("shiju")))
                .andExpect(content().string(not(containsString("2021-06-29/"))))
                .andExpect(content().string(containsString("<option value=\"2021-06-30\" selected=\"selected\">")));
        String older = mvc.perform(get("/documents").param("date", "2021-06-29").with(as("shiju")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(older).contains("每日进展简报.pdf").doesNotContain("附件2");
        String kind = mvc.perform(get("/documents").param("kind", "briefing-pdf").with(as("shiju")))
                .andReturn().getResponse().getContentAsString();
        assertThat(kind).contains("每日进展简报.pdf").doesNotContain("附件2 提升企业清单");
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        // given
        long unknown = id(gulouList) + 1000;
        // when / then
        mvc.perform(get("/documents/" + unknown).with(as("shiju"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/..%2F..%2Fetc%2Fpasswd").with(as("shiju"))).andExpect(status().is4xxClientError());
        assertThat(audit.latest(10)).isEmpty();
    }

    @Test
    void anOlderVersionReplacedOnDiskIsGoneAndTheNewestDownloads() throws Exception {
        // given
        long first = id(briefing);
        ArchivedDocument second = store(DocumentRequest.cityWide("briefing-pdf", DAY, briefing.path()), "briefing v2");
        // when / then
        mvc.perform(get("/documents/" + first).with(as("shiju"))).andExpect(status().isGone());
        mvc.perform(get("/documents/" + id(second)).with(as("shiju"))).andExpect(status().isOk())
                .andExpect(content().bytes("briefing v2".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFrontPageLinksTheLatestBriefing() throws Exception {
        // when / then
        mvc.perform(get("/").with(as("longting"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/" + id(briefing))))
                .andExpect(content().string(containsString("下载最新每日进展简报（2021年6月30日）")));
        mvc.perform(get("/").with(as("shengting"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("尚无报省备案材料包")))
                .andExpect(content().string(not(containsString("每日进展简报"))));
    }

    @Test
    void theProvinceListsAndDownloadsTheFilingPackagesOnly() throws Exception {
        // given: a filing package of an earlier date than the newest documents
        ArchivedDocument filing = store(DocumentRequest.cityWide("filing-zip", DAY.minusDays(2),
                "filing/2021-06-28/报省备案材料包-第1批.zip"), "zip bytes");
        // when
        String front = mvc.perform(get("/").with(as("shengting"))).andReturn().getResponse().getContentAsString();
        String list = mvc.perform(get("/documents").with(as("shengting"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        MvcResult download = mvc.perform(get("/documents/" + id(filing)).with(as("shengting")))
                .andExpect(status().isOk()).andReturn();
        // then: the list opens on the package's date and offers no other kind or date
        assertThat(front).contains("下载最新报省备案材料包（2021年6月28日）", "/documents/" + id(filing));
        assertThat(list).contains("报省备案材料包-第1批.zip", "<option value=\"2021-06-28\" selected=\"selected\">")
                .doesNotContain("2021-06-30", "briefing-pdf", "附件2");
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("zip bytes");
        // and the city sees it, a county does not
        mvc.perform(get("/documents/" + id(filing)).with(as("shiju"))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + id(filing)).with(as("longting"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents").param("date", "2021-06-28").with(as("longting")))
                .andExpect(content().string(not(containsString("报省备案材料包"))));
    }

    private ArchivedDocument store(DocumentRequest request, String text) {
        return archive.store(request, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long id(ArchivedDocument document) {
        return jdbc.sql("SELECT MAX(id) FROM archived_document WHERE path = :path").param("path", document.path())
                .query(Long.class).single();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        UserDetails user = details.loadUserByUsername(username);
        return user(user);
    }
}
