package org.perfgrade.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingChart;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.sample.SampleSubmissions;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;
import org.perfgrade.snapshot.SnapshotService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 首页图表: the front page shows the briefing's chart of the latest snapshot to the city and the counties (who read
 * the aggregate briefing), drawn as a PNG; the province sees neither chart nor table.
 */
@WebConsoleTest
class DashboardChartTests {

    private static final LocalDate DAY = LocalDate.of(2021, 12, 31);

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
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    BriefingReport briefing;

    @Autowired
    BriefingChart chart;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @BeforeEach
    void usersAndASnapshotWithOneCountysLedger() throws IOException {
        jdbc.sql("DELETE FROM console_user").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("lankao", "county-password-1".toCharArray(), ConsoleRole.COUNTY, "410225");
        users.add("shengting", "province-password-1".toCharArray(), ConsoleRole.PROVINCE, null);
        Path ledger = SampleSubmissions.withScale(reference, 5, 60).writeInbox(inbox, DAY).stream()
                .filter(p -> p.getParent().getFileName().toString().equals("兰考县")).findFirst().orElseThrow();
        importer.importFile(ledger, CountyHint.option("兰考县"), DAY, false);
        repository.store(snapshots.take(DAY));
    }

    @Test
    void cityAndCountySeeTheChartOfTheLatestSnapshot() throws Exception {
        // given: the briefing's chart of the latest snapshot, with 兰考县's shares in it
        LocalDate latest = repository.dates().get(repository.dates().size() - 1);
        assertThat(latest).isEqualTo(DAY);
        Snapshot shown = repository.find(latest).orElseThrow();
        assertThat(briefing.bars(shown)).anyMatch(b -> b.county().equals("兰考县") && b.applied() != null);
        BufferedImage expected = chart.draw(briefing.bars(shown), ChartController.WIDTH, ChartController.HEIGHT,
                ChartController.SCALE);
        for (String name : new String[] { "shiju", "lankao" }) {
            // when
            String page = mvc.perform(get("/").with(as(name))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            byte[] png = mvc.perform(get("/chart/" + latest + ".png").with(as(name))).andExpect(status().isOk())
                    .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
            // then
            assertThat(page).contains("src=\"/chart/" + latest + ".png\"", "图1　各县区A、B级企业申报、通过占比与目标");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(ChartController.WIDTH * ChartController.SCALE);
            assertThat(image.getHeight()).isEqualTo(ChartController.HEIGHT * ChartController.SCALE);
            assertThat(differentPixels(image, expected)).as("the briefing's chart of the snapshot").isZero();
        }
    }

    @Test
    void theProvinceSeesNeitherChartNorTable() throws Exception {
        // when / then
        mvc.perform(get("/chart/" + DAY + ".png").with(as("shengting"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/").with(as("shengting"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain("/chart/", "id=\"counties\"", "每日进展简报").contains("报省备案材料包");
    }

    @Test
    void aDateWithoutSnapshotIsNotFoundAndStrangersAreSentToSignIn() throws Exception {
        // when / then
        mvc.perform(get("/chart/2020-01-01.png").with(as("shiju"))).andExpect(status().isNotFound());
        mvc.perform(get("/chart/" + DAY + ".png")).andExpect(redirectedUrl("/login"));
    }

    private static long differentPixels(BufferedImage image, BufferedImage expected) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
