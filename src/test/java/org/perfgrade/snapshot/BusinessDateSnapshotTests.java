package org.perfgrade.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.CountyWorkbooks;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ledger.asof.StandingLines;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgrade.CountyWorkbooks.creditCode;
import static org.perfgrade.CountyWorkbooks.ledgerRow;

/**
 * 业务日期: the campaign replay imports, in one wall-clock session, county files whose business dates run through
 * 2021. A snapshot as of a day counts what was received by then — an unrated line from the day its file was received
 * — and a day re-run after later files shows what it showed before them, a line retired and listed again included.
 */
@DatabaseTest
@Import(SnapshotClock.Configuration.class)
class BusinessDateSnapshotTests {

    static final LocalDate D1 = LocalDate.of(2021, 6, 10);
    static final LocalDate D2 = LocalDate.of(2021, 6, 20);
    static final LocalDate D3 = LocalDate.of(2021, 7, 1);
    static final LocalDate D4 = LocalDate.of(2021, 7, 12);
    static final String LANKAO = "410225";
    static final String JIA = "兰考县甲铸造有限公司";
    static final String YI = "兰考县乙铸造有限公司";
    static final String BING = "兰考县丙铸造有限公司";

    @Autowired
    SubmissionImporter importer;

    @Autowired
    StandingLines standing;

    @Autowired
    SnapshotCalculator calculator;

    @Autowired
    SnapshotClock clock;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    County lankao;

    @BeforeEach
    void clear() {
        jdbc.sql("DELETE FROM snapshot_line").update();
        jdbc.sql("DELETE FROM snapshot").update();
        LedgerTables.clear(jdbc);
        lankao = reference.county("兰考县").orElseThrow();
        clock.setReal();
    }

    @Test
    void aSnapshotCountsWhatWasReceivedByItsDayWhateverTheWallClockOfTheImport() {
        // given, imported one after the other today, 兰考县's ledger received on 6/10 (甲 unrated, 乙 at C) and its
        // next ledger received on 6/20 (乙 raised to B, 丙 new at D)
        imported(D1, "first.xlsx", List.of(ledgerRow("兰考县", creditCode(1), JIA, "未评级"),
                ledgerRow("兰考县", creditCode(2), YI, "C")));
        imported(D2, "second.xlsx", List.of(ledgerRow("兰考县", creditCode(1), JIA, "未评级"),
                ledgerRow("兰考县", creditCode(2), YI, "B"), ledgerRow("兰考县", creditCode(3), BING, "D")));
        assertThat(jdbc.sql("SELECT MIN(created_at) FROM ledger_line").query(java.sql.Timestamp.class).single()
                .toLocalDateTime().toLocalDate()).isAfter(D4);

        // when each day is asked for after both imports, then each shows what was received by it
        assertThat(grades(D1.minusDays(1))).isEmpty();
        assertThat(grades(D1)).isEqualTo(Map.of(JIA, "未评级", YI, "C"));
        assertThat(grades(D2.minusDays(1))).isEqualTo(grades(D1));
        assertThat(grades(D2)).isEqualTo(Map.of(JIA, "未评级", YI, "B", BING, "D"));
        // and the snapshot counts the unrated line from 6/10 on: two enterprises, then three
        assertThat(counted(D1.minusDays(1))).isZero();
        assertThat(counted(D1)).isEqualTo(2);
        assertThat(counted(D2.minusDays(1))).isEqualTo(2);
        assertThat(counted(D2)).isEqualTo(3);
    }

    @Test
    void aLineRetiredAndListedAgainShowsRetiredOnTheDaysBetween() {
        // given 甲 and 乙 listed on 6/10; the ledger of 7/1 no longer lists 甲; the ledger of 7/12 lists it again
        imported(D1, "first.xlsx", List.of(ledgerRow("兰考县", creditCode(1), JIA, "C"),
                ledgerRow("兰考县", creditCode(2), YI, "C")));
        imported(D3, "second.xlsx", List.of(ledgerRow("兰考县", creditCode(2), YI, "C")));
        // (乙 first: the same rows as the first file in the same order would be the same bytes within the zip's
        // two-second timestamps, a duplicate)
        imported(D4, "third.xlsx", List.of(ledgerRow("兰考县", creditCode(2), YI, "C"),
                ledgerRow("兰考县", creditCode(1), JIA, "C")));

        // when each day is re-run after the three imports, then 甲 stands before 7/1 and from 7/12, not in between
        assertThat(grades(D1)).containsOnlyKeys(JIA, YI);
        assertThat(grades(D3.minusDays(1))).containsOnlyKeys(JIA, YI);
        assertThat(grades(D3)).containsOnlyKeys(YI);
        assertThat(grades(D4.minusDays(1))).containsOnlyKeys(YI);
        assertThat(grades(D4)).containsOnlyKeys(JIA, YI);
        assertThat(counted(D3)).isEqualTo(1);
        assertThat(counted(D4)).isEqualTo(2);
    }

    private void imported(LocalDate receivedOn, String name, List<Map<Column, String>> rows) {
        Path file = CountyWorkbooks.write(dir.resolve(receivedOn + "-" + name), reference, SubmissionKind.LEDGER,
                lankao, rows);
        ImportReport report = importer.importFile(file, CountyHint.option("兰考县"), receivedOn, false);
        assertThat(report.status()).as(name).isEqualTo(ImportReport.IMPORTED);
        assertThat(report.accepted()).as(name).isEqualTo(rows.size());
    }

    /** 兰考县's standing lines on the day: enterprise name → grade (未评级 for none). */
    private Map<String, String> grades(LocalDate day) {
        Map<Long, String> names = new TreeMap<>();
        jdbc.sql("SELECT id, name FROM enterprise").query((java.sql.ResultSet rs) -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        Map<String, String> grades = new TreeMap<>();
        standing.forEach(day, LANKAO, l -> grades.put(names.get(l.enterpriseId()), l.grade() == null ? "未评级"
                : l.grade()));
        return grades;
    }

    /** The enterprises 兰考县's national level counts on the day, as the snapshot computes them. */
    private int counted(LocalDate day) {
        return calculator.compute(day).counties().stream().filter(c -> c.county().equals("兰考县")).findFirst()
                .orElseThrow().levels().stream().filter(l -> l.level().equals("national")).findFirst()
                .map(LevelShares::counted).orElse(0);
    }
}
