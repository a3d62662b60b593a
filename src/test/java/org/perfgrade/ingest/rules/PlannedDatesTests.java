package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.sheet.SourceCell;

/** 拟完成时间 as counties write a plan's date: month only, 月底/中旬, 前, ranges, no year, Chinese numerals. */
class PlannedDatesTests {

    private final PlannedDates dates = new PlannedDates(2021);

    @ParameterizedTest
    @CsvSource({
            "2021年9月, 2021-09-30", "2021.9, 2021-09-30", "2021-09, 2021-09-30", "2021/9, 2021-09-30",
            "2021年2月, 2021-02-28", "9月, 2021-09-30", "9月份, 2021-09-30",
            "9月底, 2021-09-30", "9月末, 2021-09-30", "9月下旬, 2021-09-30", "2021年9月底, 2021-09-30",
            "9月上旬, 2021-09-10", "9月中旬, 2021-09-20", "2022年6月中旬, 2022-06-20",
            "2021.9.30前, 2021-09-30", "9月底前, 2021-09-30", "2021年9月30日之前, 2021-09-30", "8月底以前, 2021-08-31",
            "9月底前完成, 2021-09-30", "2021年底, 2021-12-31",
            "2021年8月—9月, 2021-09-30", "2021年8月——9月, 2021-09-30", "8月-9月, 2021-09-30", "8-9月, 2021-09-30",
            "2021.8-2021.9, 2021-09-30", "8月至9月, 2021-09-30", "8月10日-20日, 2021-08-20",
            "9月30日, 2021-09-30", "二〇二一年九月三十日, 2021-09-30", "九月底, 2021-09-30", "44469, 2021-09-30",
            "２０２１年９月, 2021-09-30"})
    void readsTheDateAPlanNames(String written, LocalDate expected) {
        // given a planned date as a county writes it
        // when read
        var reading = dates.read(new SourceCell("L5", written, null, null));

        // then it is the day meant, read with a correction
        assertThat(reading).as(written).hasValueSatisfying(r -> {
            assertThat(r.date()).isEqualTo(expected);
            assertThat(r.exact()).isFalse();
        });
    }

    @Test
    void anExactDateIsExact() {
        // given 2021-09-30 as text and as an Excel date
        // then both are exact
        assertThat(dates.read(new SourceCell("L5", "2021-09-30", null, null)))
                .contains(new DateCells.Reading(LocalDate.of(2021, 9, 30), true));
        assertThat(dates.read(new SourceCell("L5", "2021/9/30", LocalDate.of(2021, 9, 30), null)))
                .contains(new DateCells.Reading(LocalDate.of(2021, 9, 30), true));
    }

    @Test
    void aMonthInANumberCellIsReadUnlessExcelMayHaveDroppedItsZero() {
        // given 2021.9 and 2021.1 typed into number cells (2021.10 shows as 2021.1)
        SourceCell september = new SourceCell("L5", "2021.9", null, new BigDecimal("2021.9"));
        SourceCell januaryOrOctober = new SourceCell("L5", "2021.1", null, new BigDecimal("2021.1"));

        // then the first is September, the second names no month with certainty
        assertThat(dates.read(september)).map(DateCells.Reading::date).contains(LocalDate.of(2021, 9, 30));
        assertThat(dates.read(januaryOrOctober)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"尽快", "下个月", "待定", "下半年", "2021年13月", "9月-8月", "2021年9月32日", "年底前后"})
    void whatNamesNoDayIsNothing(String written) {
        // given text that names no day with certainty
        // then nothing is read
        assertThat(dates.read(new SourceCell("L5", written, null, null))).as(written).isEmpty();
    }

    @Test
    void aDateWithoutYearTakesTheCampaignYear() {
        // given 9月底 read for the 2022 campaign
        // then it is 2022-09-30
        assertThat(new PlannedDates(2022).read(new SourceCell("L5", "9月底", null, null)))
                .map(DateCells.Reading::date).contains(LocalDate.of(2022, 9, 30));
    }
}
