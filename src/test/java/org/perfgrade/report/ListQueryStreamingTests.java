package org.perfgrade.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.LedgerTables;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.sample.SampleSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two list queries read county by county: the rows they hand on are the whole list in the order of the list's
 * comparator across counties, numbered 1..n, the same through every way of reading them.
 */
@DatabaseTest
class ListQueryStreamingTests {

    static final LocalDate IMPORTED = LocalDate.of(2021, 6, 10);
    static final LocalDate AS_OF = LocalDate.of(2021, 8, 16);

    @Autowired
    SubmissionImporter importer;

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImprovementListQuery improvements;

    @Autowired
    EmergencyListQuery emergencies;

    @TempDir
    Path inbox;

    @BeforeEach
    void importSampleInbox() throws IOException {
        LedgerTables.clear(jdbc);
        new SampleSubmissions(reference, 2021).writeInbox(inbox, IMPORTED);
        importer.importInbox(inbox, IMPORTED);
    }

    @Test
    void improvementRowsStreamInTheOrderOfTheWholeList() {
        // when
        List<ImprovementListRow> streamed = new ArrayList<>();
        long count = improvements.forEach(AS_OF, null, streamed::add);
        // then: sorting the whole list across counties changes nothing, and the numbers run 1..n
        long active = jdbc.sql("""
                SELECT COUNT(*) FROM improvement_plan p JOIN ledger_line l ON l.id = p.ledger_line_id
                JOIN industry i ON i.id = l.industry_id
                WHERE (p.retired_on IS NULL OR p.retired_on > :day) AND (l.retired_on IS NULL OR l.retired_on > :day)
                  AND i.active = TRUE""").param("day", AS_OF).query(Long.class).single();
        assertThat(count).isEqualTo(active).isEqualTo(streamed.size());
        assertThat(streamed.stream().map(ImprovementListRow::countyCode).distinct().count()).isGreaterThan(1);
        List<ImprovementListRow> sorted = new ArrayList<>(streamed);
        sorted.sort(improvements.order());
        assertThat(ids(streamed, ImprovementListRow::planId)).isEqualTo(ids(sorted, ImprovementListRow::planId));
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(improvements.rows(AS_OF, null)).isEqualTo(streamed);
        // a limit gives the first rows only
        assertThat(improvements.rows(AS_OF, null, 7)).isEqualTo(streamed.subList(0, 7));
        Iterator<ImprovementListRow> pulled = improvements.iterator(AS_OF, null, 3);
        assertThat(List.of(pulled.next(), pulled.next(), pulled.next())).isEqualTo(streamed.subList(0, 3));
        assertThat(pulled.hasNext()).isFalse();
    }

    @Test
    void aCountyExtractIsThatCountysRowsRenumbered() {
        // given
        List<ImprovementListRow> all = improvements.rows(AS_OF, null);
        County county = reference.countiesByCode().get(all.get(all.size() - 1).countyCode());
        // when
        List<ImprovementListRow> extract = improvements.rows(AS_OF, county);
        // then
        List<ImprovementListRow> expected = all.stream().filter(r -> r.countyCode().equals(county.code())).toList();
        assertThat(extract).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < extract.size(); i++) {
            assertThat(extract.get(i)).isEqualTo(expected.get(i).withNumber(i + 1));
        }
    }

    @Test
    void emergencyRowsStreamInTheOrderOfTheWholeList() {
        // when
        List<EmergencyListRow> streamed = new ArrayList<>();
        long count = emergencies.forEach(AS_OF, null, streamed::add);
        // then
        assertThat(count).isEqualTo(streamed.size()).isPositive();
        assertThat(streamed.stream().map(EmergencyListRow::countyCode).distinct().count()).isGreaterThan(1);
        List<EmergencyListRow> sorted = new ArrayList<>(streamed);
        sorted.sort(emergencies.order());
        assertThat(ids(streamed, EmergencyListRow::ledgerLineId)).isEqualTo(ids(sorted, EmergencyListRow::ledgerLineId));
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(emergencies.rows(AS_OF, null)).isEqualTo(streamed);
        County first = reference.countiesByCode().get(streamed.get(0).countyCode());
        assertThat(emergencies.rows(AS_OF, first)).extracting(EmergencyListRow::ledgerLineId).isEqualTo(
                streamed.stream().filter(r -> r.countyCode().equals(first.code()))
                        .map(EmergencyListRow::ledgerLineId).toList());
    }

    private static <T> List<Long> ids(List<T> rows, java.util.function.ToLongFunction<T> id) {
        return rows.stream().map(r -> id.applyAsLong(r)).toList();
    }
}
