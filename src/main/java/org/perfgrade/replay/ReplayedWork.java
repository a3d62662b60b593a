package org.perfgrade.replay;

import java.time.LocalDate;
import java.util.Optional;

import org.perfgrade.batch.NightlyKey;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.filing.FilingRequest;
import org.perfgrade.notice.NoticeIssuer;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * 已演示的部分: which pieces of a replayed day an earlier run already did, each checked on its own — the night
 * (its run of the date completed and its snapshot stored), each notice (numbered in the register), the filing
 * package (in the manifest) — so that a run cut off between two of them does only the rest.
 */
@Component
class ReplayedWork {

    private static final String FILING_KIND = "filing-zip";

    private final JobRepository jobs;
    private final SnapshotRepository snapshots;
    private final NoticeIssuer notices;
    private final DocumentArchive archive;

    ReplayedWork(JobRepository jobs, SnapshotRepository snapshots, NoticeIssuer notices, DocumentArchive archive) {
        this.jobs = jobs;
        this.snapshots = snapshots;
        this.notices = notices;
        this.archive = archive;
    }

    /** The night of the day ran to its end (its first revision completed) and its snapshot is stored. */
    boolean nightDone(LocalDate day) {
        JobInstance instance = jobs.getJobInstance(NightlyKey.JOB, NightlyKey.identifying(day, 1));
        if (instance == null) {
            return false;
        }
        JobExecution last = jobs.getLastJobExecution(instance);
        return last != null && last.getStatus() == BatchStatus.COMPLETED && snapshots.find(day).isPresent();
    }

    /** The notice of this kind and business date has its number. */
    Optional<LocalDate> noticeIssued(NoticeKind kind, LocalDate day) {
        return notices.registeredIssueDate(kind, day);
    }

    /** The filing package of the batch and date is archived and listed. */
    boolean filingArchived(LocalDate day, int batch) {
        String ending = "-" + new FilingRequest(day, batch, true).batchLabel() + ".zip";
        return archive.manifestEntries().stream().anyMatch(e -> FILING_KIND.equals(e.kind())
                && day.toString().equals(e.asOf()) && e.path().endsWith(ending));
    }
}
