package org.perfgrade;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.SubmissionContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data entered into the ledger as the importer does, without a workbook: a submission row of a county, kind and
 * day, facts numbered as spreadsheet rows from 4, and the check that every row was stored. Shared by the fixtures of
 * the notice and filing tests.
 */
public final class LedgerSubmissions {

    private LedgerSubmissions() {
    }

    /** A recorded, imported submission of the county, kind ({@code LEDGER}, {@code APPLICATION} …) and day. */
    public static SubmissionContext submission(JdbcClient jdbc, String county, String kind, LocalDate day) {
        String sha = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 64);
        jdbc.sql("INSERT INTO submission (sha256, file_name, size_bytes, county_code, kind, source, received_at, status) "
                + "VALUES (:sha, :file, 1024, :county, :kind, 'test', :at, 'IMPORTED')")
                .param("sha", sha).param("file", county + kind + ".xlsx").param("county", county).param("kind", kind)
                .param("at", day.atTime(LocalTime.NOON)).update();
        long id = jdbc.sql("SELECT id FROM submission WHERE sha256 = :sha").param("sha", sha).query(Long.class).single();
        return new SubmissionContext(id, county, day, county + kind + ".xlsx (sha256 " + sha.substring(0, 12) + ")");
    }

    /** The facts as rows 4, 5, … of a sheet. */
    public static <T> List<RowFacts<T>> rows(List<T> facts) {
        List<RowFacts<T>> rows = new ArrayList<>();
        int row = 4;
        for (T f : facts) {
            rows.add(new RowFacts<>(row++, f));
        }
        return rows;
    }

    /** Fails unless every row was stored. */
    public static void stored(List<RowOutcome> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.stored()).as(o.toString()).isTrue());
    }
}
