package org.perfgrade.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.trend.TrendPage;
import org.perfgrade.snapshot.CityLevelShares;
import org.perfgrade.snapshot.CitySnapshot;
import org.perfgrade.snapshot.CountySnapshot;
import org.perfgrade.snapshot.LevelShares;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 首页进展趋势: the front page shows 图2 from the briefing's code to the city and the counties, and a county user its
 * own county's trend; the province gets 403, and a county another county's trend neither.
 */
@WebConsoleTest
class TrendChartTests {

    private static final LocalDate MONDAY = LocalDate.of(2021, 8, 9);
    private static final LocalDate NEXT = LocalDate.of(2021, 8, 16);
    private static final String LANKAO = "410225";
    private static final String QIXIAN = "410221";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConsoleUsers users;

    @Autowired
    ConsoleUserDetailsService details;

    @Autowired
    SnapshotRepository repository;

    @Autowired
    TrendPage trend;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void usersAndTwoMondays() {
        jdbc.sql("DELETE FROM console_user").update();
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        users.add("shiju", "city-password-1".toCharArray(), ConsoleRole.CITY, null);
        users.add("lankao", "county-password-1".toCharArray(), ConsoleRole.COUNTY, LANKAO);
        users.add("shengting", "province-password-1".toCharArray(), ConsoleRole.PROVINCE, null);
        repository.store(snapshot(MONDAY, 3));
        repository.store(snapshot(NEXT, 5));
    }

    @Test
    void cityAndCountySeeTheBriefingsTrendChart() throws Exception {
        // given: the chart the briefing draws for the date
        BufferedImage expected = trend.image(trend.city(repository.find(NEXT).orElseThrow()).figure(),
                ChartController.SCALE);
        for (String name : List.of("shiju", "lankao")) {
            // when
            String page = mvc.perform(get("/").with(as(name))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            byte[] png = mvc.perform(get("/chart/" + NEXT + "/trend.png").with(as(name))).andExpect(status().isOk())
                    .andExpect(content().contentType("image/png")).andReturn().getResponse().getContentAsByteArray();
            // then
            assertThat(page).contains("src=\"/chart/" + NEXT + "/trend.png\"", TrendPage.CAPTION);
            assertThat(same(ImageIO.read(new ByteArrayInputStream(png)), expected)).as(name).isTrue();
        }
    }

    @Test
    void aCountySeesItsOwnTrendAndNoOtherCountys() throws Exception {
        // given
        BufferedImage own = trend.image(trend.county(repository.find(NEXT).orElseThrow(),
                reference.countiesByCode().get(LANKAO)).figure(), ChartController.SCALE);
        // when
        String page = mvc.perform(get("/").with(as("lankao"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        byte[] png = mvc.perform(get("/chart/" + NEXT + "/trend/" + LANKAO + ".png").with(as("lankao")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andReturn().getResponse()
                .getContentAsByteArray();
        // then
        assertThat(page).contains("src=\"/chart/" + NEXT + "/trend/" + LANKAO + ".png\"", "兰考县A、B级企业申报、通过占比变化趋势")
                .doesNotContain("/trend/" + QIXIAN);
        assertThat(same(ImageIO.read(new ByteArrayInputStream(png)), own)).isTrue();
        mvc.perform(get("/chart/" + NEXT + "/trend/" + QIXIAN + ".png").with(as("lankao")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/chart/" + NEXT + "/trend/" + QIXIAN + ".png").with(as("shiju"))).andExpect(status().isOk());
        String cityPage = mvc.perform(get("/").with(as("shiju"))).andReturn().getResponse().getContentAsString();
        assertThat(cityPage).doesNotContain("/trend/" + LANKAO);
    }

    @Test
    void theProvinceSeesNoTrend() throws Exception {
        // when / then
        mvc.perform(get("/chart/" + NEXT + "/trend.png").with(as("shengting"))).andExpect(status().isForbidden());
        mvc.perform(get("/chart/" + NEXT + "/trend/" + LANKAO + ".png").with(as("shengting")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/chart/2020-01-01/trend.png").with(as("shiju"))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/").with(as("shengting"))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("trend", TrendPage.CAPTION);
    }

    private static Snapshot snapshot(LocalDate date, int applied) {
        LevelShares national = new LevelShares("national", 20, applied, share(applied, 20), 2, share(2, 20),
                new BigDecimal("0.2500"), new BigDecimal("0.2000"), false, false, 1, 1, 0);
        LevelShares provincial = new LevelShares("provincial", 0, 0, null, 0, null, null, null, null, null, null,
                null, 0);
        CitySnapshot city = new CitySnapshot(List.of(
                new CityLevelShares("national", 20, applied, share(applied, 20), 2, share(2, 20), null, null, null,
                        null, null, null, 0, new BigDecimal("0.2000"), share(applied, 20), false, 1),
                new CityLevelShares("provincial", 0, 0, null, 0, null, null, null, null, null, null, null, 0,
                        new BigDecimal("0.2500"), null, null, null)), 0, 0, true);
        return new Snapshot(date, List.of("测试口径"), List.of(new CountySnapshot("兰考县", List.of(national, provincial))),
                city, List.of(), List.of(), List.of());
    }

    private static BigDecimal share(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4,
                RoundingMode.HALF_UP);
    }

    private static boolean same(BufferedImage image, BufferedImage expected) {
        if (image.getWidth() != expected.getWidth() || image.getHeight() != expected.getHeight()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    return false;
                }
            }
        }
        return true;
    }

    private RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
