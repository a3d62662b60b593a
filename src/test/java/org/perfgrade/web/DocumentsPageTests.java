package org.perfgrade.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents page as a reader sees it: Chinese kind names from the glossary, sizes in KB or MB, dates written
 * 2021年6月30日, the day's documents grouped by county (全市 first, then 附件1 order), a county user still seeing only
 * its own county and the city-wide aggregates.
 */
@WebConsoleTest
class DocumentsPageTests {

    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);
    private static final Pattern HEADING = Pattern.compile("<h3>([^<]*)</h3>");
    private static final Pattern CELL = Pattern.compile("<td class=\"(name|kind|size|created)\">(?:<a[^>]*>)?([^<]*)");

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
    JdbcClient jdbc;

    @BeforeEach
    void archiveAndUsers() {
        jdbc.sql("DELETE FROM audit_log").update();
        jdbc.sql("DELETE FROM console_user").update();
        jdbc.sql("DELETE FROM archived_document").update();
        County shifanqu = reference.county("城乡一体化示范区").orElseThrow();
        County longting = reference.county("龙亭区").orElseThrow();
        County lankao = reference.county("兰考县").orElseThrow();
        // stored in an order unlike the page's: the counties last-first, the city-wide documents in between
        store(new DocumentRequest("improvement-list-xlsx", DAY, lankao, "2021-06-30/兰考县/附件2（兰考县）.xlsx"), 2_048);
        store(new DocumentRequest("target-table-pdf", DAY, longting, "2021-06-30/龙亭区/附件1（龙亭区）.pdf"), 87_347);
        store(DocumentRequest.cityWide("improvement-list-pdf", DAY, "2021-06-30/附件2 提升企业清单.pdf"), 1_258_291);
        store(DocumentRequest.cityWide("briefing-pdf", DAY, "2021-06-30/每日进展简报.pdf"), 87_347);
        store(new DocumentRequest("improvement-list-xlsx", DAY, longting, "2021-06-30/龙亭区/附件2（龙亭区）.xlsx"), 300);
        store(new DocumentRequest("publicity-pdf", DAY, shifanqu, "2021-06-30/示范区/公示名单（示范区）.pdf"), 5_000);
        store(DocumentRequest.cityWide("a-kind-not-in-the-glossary", DAY, "2021-06-30/新文档.pdf"), 10);
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("longting", "county-password-1".toCharArray(), ConsoleRole.COUNTY, longting.code());
    }

    @Test
    void theCitySeesTheDaysDocumentsByCountyInAttachment1OrderUnderTheirChineseNames() throws Exception {
        // when
        String page = page("shiju");
        // then: 全市 first, then the counties in 附件1 order (示范区 1, 龙亭区 2, 兰考县 10)
        assertThat(all(HEADING, page)).containsExactly("全市", "城乡一体化示范区", "龙亭区", "兰考县");
        // and each group lists its own documents, by the glossary's order of kinds, named in Chinese
        assertThat(section(page, "全市")).containsExactly(
                List.of("每日进展简报.pdf", "每日进展简报（PDF）", "85.3 KB"),
                List.of("附件2 提升企业清单.pdf", "附件2提升企业清单（PDF）", "1.2 MB"),
                List.of("新文档.pdf", "a-kind-not-in-the-glossary", "0.1 KB"));
        assertThat(section(page, "城乡一体化示范区")).containsExactly(
                List.of("公示名单（示范区）.pdf", "公示名单（PDF）", "4.9 KB"));
        assertThat(section(page, "龙亭区")).containsExactly(
                List.of("附件1（龙亭区）.pdf", "附件1目标表（PDF）", "85.3 KB"),
                List.of("附件2（龙亭区）.xlsx", "附件2提升企业清单（Excel）", "0.3 KB"));
        assertThat(section(page, "兰考县")).containsExactly(
                List.of("附件2（兰考县）.xlsx", "附件2提升企业清单（Excel）", "2.0 KB"));
    }

    @Test
    void datesAreWrittenInChineseAndNoByteCountOrKindCodeIsShownAsText() throws Exception {
        // when
        String page = page("shiju");
        String text = visibleText(page);
        // then: the date chosen and the times written in Chinese, the ISO date only as the form's value
        assertThat(page).contains("<option value=\"2021-06-30\" selected=\"selected\">2021年6月30日</option>",
                "业务日期：2021年6月30日", "<option value=\"briefing-pdf\">每日进展简报（PDF）</option>");
        assertThat(all(Pattern.compile("<td class=\"created\">([^<]*)</td>"), page))
                .hasSize(7).allSatisfy(t -> assertThat(t).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"));
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .doesNotContain("字节", "briefing-pdf", "target-table-pdf", "improvement-list", "publicity-pdf",
                        "87347", "1258291");
    }

    @Test
    void theKindDropDownFollowsTheGlossaryAndChoosingAKindKeepsTheGrouping() throws Exception {
        // when
        String page = page("shiju");
        String kindOnly = mvc.perform(get("/documents").param("kind", "improvement-list-xlsx").with(as("shiju")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // then: the kinds in the glossary's order, the unknown one last under its code
        assertThat(all(Pattern.compile("<option value=\"([a-z-]+)\"[^>]*>"), page)).containsExactly("briefing-pdf",
                "target-table-pdf", "improvement-list-xlsx", "improvement-list-pdf", "publicity-pdf",
                "a-kind-not-in-the-glossary");
        assertThat(all(HEADING, kindOnly)).containsExactly("龙亭区", "兰考县");
        assertThat(kindOnly).contains("<option value=\"improvement-list-xlsx\" selected=\"selected\">"
                + "附件2提升企业清单（Excel）</option>");
    }

    @Test
    void aCountyUserStillSeesOnlyTheCityAggregatesAndItsOwnCounty() throws Exception {
        // when
        String page = page("longting");
        // then
        assertThat(all(HEADING, page)).containsExactly("全市", "龙亭区");
        assertThat(section(page, "全市")).containsExactly(List.of("每日进展简报.pdf", "每日进展简报（PDF）", "85.3 KB"));
        assertThat(section(page, "龙亭区")).extracting(r -> r.get(0))
                .containsExactly("附件1（龙亭区）.pdf", "附件2（龙亭区）.xlsx");
        assertThat(page).doesNotContain("兰考县", "城乡一体化示范区", "附件2 提升企业清单.pdf", "新文档.pdf");
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/documents").with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The rows (file, kind, size) of the county's section of the page. */
    private static List<List<String>> section(String page, String county) {
        int start = page.indexOf("<h3>" + county + "</h3>");
        assertThat(start).as(county).isNotNegative();
        int end = page.indexOf("</section>", start);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        Matcher m = CELL.matcher(page.substring(start, end));
        while (m.find()) {
            switch (m.group(1)) {
                case "name" -> {
                    row = new ArrayList<>();
                    row.add(m.group(2));
                }
                case "kind", "size" -> row.add(m.group(2));
                default -> rows.add(List.copyOf(row));
            }
        }
        return rows;
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The page's text as a reader sees it: tags (and with them attribute values) removed. */
    private static String visibleText(String page) {
        return page.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]*>", " ");
    }

    private void store(DocumentRequest request, int bytes) {
        byte[] content = new byte[bytes];
        java.util.Arrays.fill(content, (byte) 'x');
        archive.store(request, out -> out.write(content));
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
