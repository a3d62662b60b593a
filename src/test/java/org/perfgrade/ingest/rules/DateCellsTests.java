package org.perfgrade.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfgrade.ingest.sheet.SourceCell;

class DateCellsTests {

    private static final LocalDate AUGUST_15 = LocalDate.of(2021, 8, 15);

    @ParameterizedTest
    @ValueSource(strings = {"2021年8月15日", "2021年08月15日", "2021年8月15号", "2021年8月15", "2021-08-15", "2021-8-15",
            "2021/8/15", "2021.8.15", "20210815", "２０２１年８月１５日", "2021－08－15", "2021-08-15 00:00:00",
            "2021/8/15 0:00", "2021 年 8 月 15 日"})
    void readsTheFormsCountiesWrite(String text) {
        // given a date as text
        // when parsed
        // then it is 15 August 2021
        assertThat(DateCells.parse(new SourceCell("L4", text, null, null))).contains(AUGUST_15);
    }

    @Test
    void aRealExcelDateWinsOverItsText() {
        // given a date cell displayed in a custom format
        SourceCell cell = new SourceCell("L4", "15/08/21", AUGUST_15, null);

        // then the date is the cell's date
        assertThat(DateCells.parse(cell)).contains(AUGUST_15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年13月1日", "2021-02-29", "2021/4/31", "2021.0.10", "20211301", "21-8-15", "8月15日",
            "2021年8月", "下旬", "1899-12-31", "2150-01-01", "2021-08/15"})
    void refusesImpossibleAndIncompleteDates(String text) {
        // given text that is no full, possible date of the programme
        // then nothing is read
        assertThat(DateCells.parse(new SourceCell("L4", text, null, null))).isEmpty();
    }

    @Test
    void tellsABlankCellFromABadOne() {
        // given a blank cell and a bad one
        SourceCell blank = new SourceCell("L4", " ", null, null);
        SourceCell bad = new SourceCell("L4", "待定", null, null);

        // then only the blank one is blank; neither has a date
        assertThat(DateCells.isBlank(blank)).isTrue();
        assertThat(DateCells.isBlank(bad)).isFalse();
        assertThat(DateCells.parse(blank)).isEmpty();
        assertThat(DateCells.parse(bad)).isEmpty();
    }

    @Test
    void aLeapDayIsADate() {
        // given 29 February of a leap year
        // then it is read
        assertThat(DateCells.parse("2024年2月29日")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({"二〇二一年九月三十日, 2021-09-30", "二零二一年十月一日, 2021-10-01", "2021年九月十五日, 2021-09-15",
            "二〇二一年十二月三十一日, 2021-12-31", "44469, 2021-09-30", "44469.0, 2021-09-30"})
    void anEventDateInChineseNumeralsOrAsASerialIsReadNotExact(String text, LocalDate expected) {
        // given an exact date in Chinese numerals, or an Excel serial number pasted as text
        // when read as a date of an event of the 2021 campaign
        var reading = DateCells.read(new SourceCell("J4", text, null, null), 2021);

        // then it is the date, read with a correction
        assertThat(reading).hasValueSatisfying(r -> {
            assertThat(r.date()).isEqualTo(expected);
            assertThat(r.exact()).isFalse();
        });
    }

    @Test
    void aSerialInANumberCellIsReadOnlyWithinTheCampaignYears() {
        // given 44469 (2021-09-30) and 40000 (2009-07-06) in number cells
        SourceCell inCampaign = new SourceCell("J4", "44469", null, new java.math.BigDecimal("44469"));
        SourceCell tooEarly = new SourceCell("J4", "40000", null, new java.math.BigDecimal("40000"));

        // then only the first is a date of the 2021 campaign
        assertThat(DateCells.read(inCampaign, 2021)).map(DateCells.Reading::date).contains(LocalDate.of(2021, 9, 30));
        assertThat(DateCells.read(tooEarly, 2021)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年9月", "9月底", "2021.9", "2021-09", "9月中旬", "2021年8月—9月", "2021.9.30前", "尽快"})
    void anEventDateRefusesApproximateForms(String text) {
        // given an approximate date, meaningful for a plan but not for an event
        // then no event date is read
        assertThat(DateCells.read(new SourceCell("J4", text, null, null), 2021)).isEmpty();
    }

    @Test
    void theFormsReadTodayAreExact() {
        // given 2021-08-15 as text and a real Excel date
        // then both are exact
        assertThat(DateCells.read(new SourceCell("J4", "2021-08-15", null, null), 2021))
                .contains(new DateCells.Reading(AUGUST_15, true));
        assertThat(DateCells.read(new SourceCell("J4", "2021/8/15", AUGUST_15, null), 2021))
                .contains(new DateCells.Reading(AUGUST_15, true));
    }

    @Test
    void chineseNumeralsAreMadeArabic() {
        // then runs of numerals are digits, 十 is ten
        assertThat(DateCells.arabic("二〇二一年九月三十日")).isEqualTo("2021年9月30日");
        assertThat(DateCells.arabic("十二月十日")).isEqualTo("12月10日");
        assertThat(DateCells.arabic("二十一")).isEqualTo("21");
        assertThat(DateCells.arabic("2021-08-15")).isEqualTo("2021-08-15");
    }
}
