package org.perfgrade.nightly;

import java.time.Clock;
import java.time.LocalDate;

import org.perfgrade.WorkspaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * 定时运行夜间作业: starts {@code nightlyJob} on {@code perfgrade.nightly.cron} (in {@code perfgrade.zone}) for the
 * business date {@code dateOffsetDays} from the day it fires, inside the console ({@code perfgrade serve} sets
 * {@code perfgrade.console}) unless {@code perfgrade.nightly.schedule} is off. The one-shot commands never schedule.
 * A failed run is logged and restarted by the next run of that date.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = { "perfgrade.console", "perfgrade.nightly.schedule" }, havingValue = "true")
class NightlySchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final NightlyProperties properties;
    private final WorkspaceProperties workspace;
    private final NightlyRunner runner;
    private final Clock clock;

    NightlySchedule(NightlyProperties properties, WorkspaceProperties workspace, NightlyRunner runner, Clock clock) {
        this.properties = properties;
        this.workspace = workspace;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::runNow, new CronTrigger(properties.cron(), workspace.zone())));
    }

    /** One scheduled run: the business date of today (in the business zone) plus the offset. */
    void runNow() {
        LocalDate asOf = LocalDate.now(clock.withZone(workspace.zone())).plusDays(properties.dateOffsetDays());
        try {
            NightlyOutcome outcome = runner.run(asOf, workspace.inboxDir(), false);
            log.info("夜间作业完成：{}（第{}次），导入 {} 个文件，生成 {} 份文档", asOf, outcome.revision(),
                    outcome.imports().size(), outcome.documents().size());
        }
        catch (RuntimeException ex) {
            log.error("夜间作业失败：{}", ex.getMessage(), ex);
        }
    }
}
