package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the console writes dates and sizes: 2021年11月15日, 85.3 KB, 1.2 MB — never ISO dates or byte counts. */
class ConsoleTextTests {

    @Test
    void datesAreWrittenAsAnOfficeWritesThem() {
        // when / then
        assertThat(ConsoleText.date(LocalDate.of(2021, 11, 15))).isEqualTo("2021年11月15日");
        assertThat(ConsoleText.date(LocalDate.of(2021, 6, 3))).isEqualTo("2021年6月3日");
        assertThat(ConsoleText.dateTime(LocalDateTime.of(2021, 9, 30, 1, 5, 59))).isEqualTo("2021年9月30日 01:05");
        assertThat(ConsoleText.date(null)).isEmpty();
    }

    @Test
    void sizesAreInKilobytesBelowAMegabyteAndInMegabytesAbove() {
        // when / then
        assertThat(ConsoleText.size(87_347)).isEqualTo("85.3 KB");
        assertThat(ConsoleText.size(1_258_291)).isEqualTo("1.2 MB");
        assertThat(ConsoleText.size(1024)).isEqualTo("1.0 KB");
        assertThat(ConsoleText.size(10)).isEqualTo("0.1 KB");
        assertThat(ConsoleText.size(0)).isEqualTo("0 KB");
        assertThat(ConsoleText.size(1_048_575)).isEqualTo("1.0 MB");
        assertThat(ConsoleText.size(1_048_576L * 1536)).isEqualTo("1536.0 MB");
    }
}
