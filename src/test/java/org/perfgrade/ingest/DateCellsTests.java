package org.perfgrade.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
