package org.perfgrade.snapshot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the snapshot and consistency tests set to the business day of each import, so that {@code created_at} stamps
 * fall on the days the data set says (as in production, where the nightly import runs on its own day), or back to the
 * real time for the demo (which imports with the real clock).
 */
public final class SnapshotClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    /** Moves the clock to noon of the day. */
    public void setDay(LocalDate day) {
        now = day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /** Back to the real time, as the demo runs. */
    public void setReal() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Makes the settable clock the one every bean reads. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        SnapshotClock snapshotClock() {
            return new SnapshotClock();
        }
    }
}
