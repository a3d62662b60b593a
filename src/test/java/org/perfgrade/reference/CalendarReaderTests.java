package org.perfgrade.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** calendar.yml's working calendar and 公示期: what is read, and what stops the start with file and line. */
class CalendarReaderTests {

    private static final String STAGES = """
            year: 2021
            stages:
              - code: review
                name: 审核评定阶段
                from: 2021-08-01
                to: 2021-09-15
                deadlines:
                  - { code: batch-1, name: 第一批, due: 2021-08-05, reviewCategory: vocs, batch: 1 }
                  - { code: batch-2, name: 第二批, due: 2021-08-15, reviewCategory: metal, batch: 2 }
                  - { code: batch-3, name: 第三批, due: 2021-08-30, reviewCategory: building, batch: 3 }
                  - { code: batch-4, name: 第四批, due: 2021-09-15, reviewCategory: henan, batch: 4 }
            """;

    @TempDir
    Path overrides;

    private CampaignCalendar read(String calendarYml) throws IOException {
        Files.writeString(overrides.resolve("calendar.yml"), calendarYml);
        return new ReferenceDataReader(new ConfigFiles(List.of(overrides))).read().calendar();
    }

    @Test
    void readsThePublicityPeriodAndTheDefaultFile() throws IOException {
        // when
        CampaignCalendar configured = read(STAGES + "publicityWorkingDays: 7\n");
        CampaignCalendar plain = read(STAGES);
        // then
        assertThat(configured.publicityWorkingDays()).isEqualTo(7);
        assertThat(plain.publicityWorkingDays()).isEqualTo(5);
        assertThat(plain.workingDays().knows(2021)).isFalse();
        assertThat(plain.workingDays().isWorkingDay(java.time.LocalDate.of(2021, 10, 1))).isTrue();
    }

    @Test
    void aMakeUpDayOnAWeekdayNamesTheFileAndLine() {
        assertThatThrownBy(() -> read(STAGES + """
                holidays:
                  - { name: 国庆节, from: 2021-10-01, to: 2021-10-07 }
                workdays:
                  - { date: 2021-09-26, for: 国庆节 }
                  - { date: 2021-10-08, for: 国庆节 }
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("calendar.yml")
                .hasMessageContaining("第 16 行")
                .hasMessageContaining("不是星期六或星期日");
    }

    @Test
    void aDayBothOffAndWorkedIsRefused() {
        assertThatThrownBy(() -> read(STAGES + """
                holidays:
                  - { name: 中秋节, from: 2021-09-18, to: 2021-09-21 }
                workdays:
                  - { date: 2021-09-18, for: 中秋节 }
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("calendar.yml")
                .hasMessageContaining("第 15 行")
                .hasMessageContaining("不能同时为调休上班日");
    }

    @Test
    void overlappingHolidaysAndBadValuesAreRefused() {
        assertThatThrownBy(() -> read(STAGES + """
                holidays:
                  - { name: 中秋节, from: 2021-09-19, to: 2021-09-21 }
                  - { name: 国庆节, from: 2021-09-21, to: 2021-10-07 }
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("第 14 行")
                .hasMessageContaining("已列为“中秋节”的放假日期");
        assertThatThrownBy(() -> read(STAGES + "holidays:\n  - { name: 国庆节, from: 2021-10-07, to: 2021-10-01 }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("结束日期早于开始日期");
        assertThatThrownBy(() -> read(STAGES + "publicityWorkingDays: 0\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("第 12 行")
                .hasMessageContaining("公示期应为 1 至 60 个工作日");
        assertThatThrownBy(() -> read(STAGES + "holiday:\n  - { name: 国庆节, from: 2021-10-01 }\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("不认识的键“holiday”");
    }
}
