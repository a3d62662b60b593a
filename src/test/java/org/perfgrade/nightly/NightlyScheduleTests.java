package org.perfgrade.nightly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfgrade.WorkspaceProperties;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The nightly schedule: fires at the configured time in the business zone, for the day before. */
class NightlyScheduleTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkspaceProperties workspace = new WorkspaceProperties(Path.of("data"), Path.of("out"),
            Path.of("inbox"), SHANGHAI, "");
    private final NightlyProperties properties = new NightlyProperties("0 30 1 * * *", true, -1);

    @Test
    void onlyTheConsoleSchedulesAndItCanBeTurnedOff() {
        // given
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withUserConfiguration(NightlySchedule.class)
                .withBean(NightlyProperties.class, () -> properties)
                .withBean(WorkspaceProperties.class, () -> workspace)
                .withBean(NightlyRunner.class, () -> mock(NightlyRunner.class))
                .withBean(Clock.class, Clock::systemUTC);
        // then
        context.run(c -> assertThat(c).doesNotHaveBean(NightlySchedule.class));
        context.withPropertyValues("perfgrade.console=true", "perfgrade.nightly.schedule=true")
                .run(c -> assertThat(c).hasSingleBean(NightlySchedule.class));
        context.withPropertyValues("perfgrade.console=true", "perfgrade.nightly.schedule=false")
                .run(c -> assertThat(c).doesNotHaveBean(NightlySchedule.class));
    }

    @Test
    void firesAtHalfPastOneBeijingTime() {
        // given
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        NightlySchedule schedule = new NightlySchedule(properties, workspace, mock(NightlyRunner.class),
                Clock.systemUTC());
        // when
        schedule.configureTasks(registrar);
        // then: from 2021-08-16 18:00 UTC (02:00 on the 17th in Beijing) the next run is 01:30 on the 18th
        assertThat(registrar.getCronTaskList()).hasSize(1);
        CronTrigger trigger = (CronTrigger) registrar.getCronTaskList().get(0).getTrigger();
        Instant after = ZonedDateTime.of(2021, 8, 16, 18, 0, 0, 0, ZoneId.of("UTC")).toInstant();
        Instant next = trigger.nextExecution(new SimpleTriggerContext(Clock.fixed(after, ZoneId.of("UTC"))));
        assertThat(next.atZone(SHANGHAI)).isEqualTo(ZonedDateTime.of(2021, 8, 18, 1, 30, 0, 0, SHANGHAI));
    }

    @Test
    void aRunAfterMidnightReportsOnTheDayBefore() {
        // given: 01:30 on 17 August in Beijing (17:30 on the 16th in UTC)
        NightlyRunner runner = mock(NightlyRunner.class);
        when(runner.run(any(), any(), anyBoolean())).thenReturn(
                new NightlyOutcome(LocalDate.of(2021, 8, 16), 1, false, List.of(), null, List.of()));
        Clock clock = Clock.fixed(ZonedDateTime.of(2021, 8, 17, 1, 30, 0, 0, SHANGHAI).toInstant(), ZoneId.of("UTC"));
        // when
        new NightlySchedule(properties, workspace, runner, clock).runNow();
        // then
        verify(runner).run(eq(LocalDate.of(2021, 8, 16)), eq(Path.of("inbox")), eq(false));
    }
}
