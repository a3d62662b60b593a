package org.perfgrade.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class ReceivedSubmissionsTests {

    /** A day long before any other test's files, so that only this test's submissions count. */
    static final LocalDate DAY = LocalDate.of(2001, 6, 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReceivedSubmissions received;

    @Test
    void aCountyHasFiledAKindWhenAFileOfItWasAppliedAndReceivedByTheEndOfTheDay() {
        // given expert registers: imported and partly imported by the day, one refused, one received the day after,
        // one without a business date received during the day, and an imported ledger (another kind)
        submission("410222", "EXPERT", SubmissionStatus.IMPORTED, DAY.minusDays(3), null);
        submission("410221", "EXPERT", SubmissionStatus.PARTIAL, DAY, null);
        submission("410223", "EXPERT", SubmissionStatus.REJECTED, DAY.minusDays(3), null);
        submission("410225", "EXPERT", SubmissionStatus.IMPORTED, DAY.plusDays(1), null);
        submission("410212", "EXPERT", SubmissionStatus.IMPORTED, null, DAY.atTime(23, 59));
        submission("410202", "LEDGER", SubmissionStatus.IMPORTED, DAY.minusDays(3), null);
        // when
        var counties = received.countiesWith(SubmissionKind.EXPERT, DAY);
        // then
        assertThat(counties).containsExactlyInAnyOrder("410222", "410221", "410212");
        assertThat(received.countiesWith(SubmissionKind.EXPERT, DAY.plusDays(1))).contains("410225");
    }

    private void submission(String county, String kind, SubmissionStatus status, LocalDate receivedOn,
                            LocalDateTime receivedAt) {
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, "
                + "received_on, status) VALUES (:sha, 'x.xlsx', 1, :county, :kind, 'test', :at, :on, :status)")
                .param("sha", sha).param("county", county).param("kind", kind)
                .param("at", receivedAt == null ? LocalDateTime.of(2001, 1, 2, 9, 0) : receivedAt)
                .param("on", receivedOn).param("status", status.name()).update();
    }
}
