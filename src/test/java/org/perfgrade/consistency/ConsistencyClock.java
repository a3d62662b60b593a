package org.perfgrade.consistency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the consistency suite: set to the business day of each planted file, so that the ledger stands on the
 * days the data set says, or back to the real time for the demo (which imports with the real clock).
 */
final class ConsistencyClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    /** Moves the clock to noon of the day. */
    void setDay(LocalDate day) {
        now = day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /** Back to the real time, as the demo runs. */
    void setReal() {
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
    static class Configuration {

        @Bean
        @Primary
        ConsistencyClock consistencyClock() {
            return new ConsistencyClock();
        }
    }
}
