package org.perfgrade.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.DefaultJobKeyGenerator;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key records: the business date is {@code runDate} in every job, only the business key identifies a run (never
 * a folder or a hint), and the snapshot and the intake a night runs are their own instances per night revision.
 */
class JobKeysTests {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
    private static final DefaultJobKeyGenerator KEYS = new DefaultJobKeyGenerator();

    @Test
    void everyJobCallsItsBusinessDateRunDate() {
        // given one key of every job
        JobKey[] keys = { NightlyKey.of(DAY, Path.of("inbox")), SnapshotKey.of(DAY),
                new FilingKey(DAY, 0, false, 1, Path.of("m"), Path.of("w")),
                new ImportKey("410225", "ab12", 7, false, DAY, "兰考县", "folder"),
                new InboxImportKey(DAY, Path.of("inbox"), 1, null, true) };
        // when / then
        for (JobKey key : keys) {
            assertThat(key.parameters().getLocalDate("runDate")).as(key.jobName()).isEqualTo(DAY);
            assertThat(key.parameters().getParameter("asOf")).as(key.jobName()).isNull();
        }
    }

    @Test
    void onlyTheBusinessKeyIdentifiesARun() {
        // when
        JobParameters nightly = NightlyKey.of(DAY, Path.of("one")).parameters();
        JobParameters otherInbox = NightlyKey.of(DAY, Path.of("two")).parameters();
        JobParameters briefingOnly = NightlyKey.of(DAY, Path.of("one"), NightlyKey.Documents.BRIEFING).parameters();
        JobParameters fileInOneCounty = new ImportKey("410225", "ab12", 7, false, DAY, "兰考县", "folder").parameters();
        JobParameters sameFileLaterDate = new ImportKey("410225", "ab12", 7, false, DAY.plusDays(3), null, null)
                .parameters();
        // then
        assertThat(KEYS.generateKey(otherInbox)).isEqualTo(KEYS.generateKey(nightly));
        assertThat(KEYS.generateKey(briefingOnly)).isEqualTo(KEYS.generateKey(nightly));
        assertThat(nightly.getString(NightlyKey.DOCUMENTS)).isEqualTo("all");
        assertThat(briefingOnly.getString(NightlyKey.DOCUMENTS)).isEqualTo("briefing");
        assertThat(NightlyKey.of(DAY, Path.of("one"), NightlyKey.Documents.NONE).withRevision(2).documents())
                .isEqualTo(NightlyKey.Documents.NONE);
        assertThat(NightlyKey.Documents.ofCode(null)).isEqualTo(NightlyKey.Documents.ALL);
        assertThat(KEYS.generateKey(sameFileLaterDate)).isEqualTo(KEYS.generateKey(fileInOneCounty));
        assertThat(identifying(fileInOneCounty)).containsExactlyInAnyOrder("submission", "sha256", "county");
        assertThat(identifying(nightly)).containsExactlyInAnyOrder("runDate", "revision");
    }

    @Test
    void eachNightRevisionTakesASnapshotOfItsOwn() {
        // when
        String alone = KEYS.generateKey(SnapshotKey.of(DAY).parameters());
        String firstNight = KEYS.generateKey(SnapshotKey.ofNight(DAY, 1).parameters());
        String secondNight = KEYS.generateKey(SnapshotKey.ofNight(DAY, 2).parameters());
        // then: revision 2 of the night runs the snapshot again instead of finding it complete
        assertThat(firstNight).isNotEqualTo(secondNight).isNotEqualTo(alone);
        assertThat(SnapshotKey.ofNight(DAY, 2).withRevision(3).parameters().getLong("nightlyRevision")).isEqualTo(2);
    }

    @Test
    void eachNightRevisionTakesInWithAnIntakeOfItsOwn() {
        // when
        JobParameters alone = new InboxImportKey(DAY, Path.of("inbox"), 1, null, true).parameters();
        JobParameters firstNight = InboxImportKey.ofNight(DAY, Path.of("inbox"), 1).parameters();
        JobParameters firstNightOtherInbox = InboxImportKey.ofNight(DAY, Path.of("elsewhere"), 1).parameters();
        JobParameters secondNight = InboxImportKey.ofNight(DAY, Path.of("inbox"), 2).parameters();
        // then: revision 2 of the night takes in again instead of finding the intake complete, and the night's inbox
        // (which does not identify the night) does not identify its intake either
        assertThat(KEYS.generateKey(firstNight)).isNotEqualTo(KEYS.generateKey(secondNight))
                .isNotEqualTo(KEYS.generateKey(alone)).isEqualTo(KEYS.generateKey(firstNightOtherInbox));
        assertThat(identifying(firstNight)).containsExactlyInAnyOrder("runDate", "revision", "nightlyRevision");
        assertThat(identifying(alone)).containsExactlyInAnyOrder("runDate", "inbox", "revision");
        assertThat(InboxImportKey.isNight(firstNight)).isTrue();
        assertThat(InboxImportKey.isNight(alone)).isFalse();
    }

    private static java.util.List<String> identifying(JobParameters parameters) {
        return parameters.parameters().stream().filter(JobParameter::identifying).map(JobParameter::name).toList();
    }
}
