package org.perfgrade.snapshot;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * 每日快照: what the nightly job calls — compute the day's snapshot, list what changed since the previous stored one,
 * and store it (replacing the day's snapshot if the job runs again).
 */
@Service
public class SnapshotService {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);

    private final SnapshotCalculator calculator;
    private final SnapshotChanges changes;
    private final SnapshotRepository repository;

    SnapshotService(SnapshotCalculator calculator, SnapshotChanges changes, SnapshotRepository repository) {
        this.calculator = calculator;
        this.changes = changes;
        this.repository = repository;
    }

    /** Computes, fills in the changes since the latest snapshot before the day, stores and returns it. */
    public Snapshot take(LocalDate asOf) {
        log.info("计算 {} 的进展快照", asOf);
        Snapshot snapshot = calculator.compute(asOf);
        Snapshot withChanges = snapshot.withChanges(changes.between(repository.previous(asOf), snapshot));
        repository.store(withChanges);
        return withChanges;
    }
}
