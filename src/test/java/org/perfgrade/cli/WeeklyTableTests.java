package org.perfgrade.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.replay.ReplayWeek;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly table of {@code demo}: one row per week, shares as percentages, the verdict against the goal. */
class WeeklyTableTests {

    @Test
    void eachWeekIsARowWithTheSharesAgainstTheGoalsAndTheDCount() {
        // given a week without enterprises and one with
        ReplayWeek empty = new ReplayWeek(LocalDate.of(2021, 5, 28), List.of(
                new ReplayWeek.Level("national", 0, null, null, null, new BigDecimal("0.2000"), null),
                new ReplayWeek.Level("provincial", 0, null, null, null, new BigDecimal("0.2500"), null)), 0);
        ReplayWeek june = new ReplayWeek(LocalDate.of(2021, 6, 4), List.of(
                new ReplayWeek.Level("national", 200, new BigDecimal("0.1950"), new BigDecimal("0.1800"),
                        new BigDecimal("0.2050"), new BigDecimal("0.2000"), true),
                new ReplayWeek.Level("provincial", 60, new BigDecimal("0.1833"), new BigDecimal("0.1667"),
                        new BigDecimal("0.1667"), new BigDecimal("0.2500"), false)), 57);
        // when
        List<String> lines = WeeklyTable.lines(List.of(empty, june));
        // then
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("周末", "国家级申报", "国家级通过", "省级申报", "省级通过", "D级");
        assertThat(lines.get(2)).startsWith("2021-05-28").contains("不考核", "≥20.0%", "≥25.0%").endsWith("0 家");
        assertThat(lines.get(3).split("\\s+")).containsExactly("2021-06-04", "19.5%", "18.0%", "20.5%", "≥20.0%",
                "达标", "18.3%", "16.7%", "16.7%", "≥25.0%", "未达标", "57", "家");
    }
}
