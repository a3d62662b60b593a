package org.perfgrade.nightly;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 夜间作业设置 ({@code perfgrade.nightly}): when the scheduler inside {@code perfgrade serve} starts
 * {@code nightlyJob}, and whether it does.
 *
 * @param cron     a Spring cron expression (second minute hour day month weekday) in {@code perfgrade.zone}
 * @param schedule whether {@code perfgrade serve} runs the job on the cron (off: an outside scheduler calls
 *                 {@code perfgrade nightly})
 * @param dateOffsetDays the business date of a scheduled run relative to the day it runs (-1: a run after midnight
 *                 reports on the day before)
 */
@ConfigurationProperties("perfgrade.nightly")
public record NightlyProperties(@DefaultValue("0 30 1 * * *") String cron, @DefaultValue("true") boolean schedule,
                                @DefaultValue("-1") int dateOffsetDays) {
}
