package org.perfgrade.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;

/**
 * 进展历史的读取: the one loader of {@link SnapshotHistory} from the stored snapshots, used by
 * {@code perfgrade history} and by the trend charts (图2 进展趋势), so that a chart draws exactly the figures
 * {@code history --json} prints for the same dates.
 */
@Service
public class SnapshotHistories {

    private final SnapshotRepository snapshots;
    private final ReferenceData reference;

    SnapshotHistories(SnapshotRepository snapshots, ReferenceData reference) {
        this.snapshots = snapshots;
        this.reference = reference;
    }

    /**
     * The history of the stored snapshots from {@code from} to {@code to} (inclusive; null leaves an end open), of
     * every county in 附件1 order or of {@code countyOrNull} only.
     */
    public SnapshotHistory history(LocalDate from, LocalDate to, County countyOrNull) {
        return SnapshotHistory.of(from, to, snapshots.figuresBetween(from, to), countyOrder(),
                countyOrNull == null ? null : countyOrNull.name());
    }

    /**
     * The history up to a snapshot's date with that snapshot as its last date — the stored snapshots before it and
     * the snapshot itself (which a report may render before or after it is stored): the same as
     * {@link #history(LocalDate, LocalDate, County) history(null, asOf, county)} once it is stored.
     */
    public SnapshotHistory upTo(Snapshot snapshot, County countyOrNull) {
        Objects.requireNonNull(snapshot.asOf(), "snapshot.asOf");
        List<Snapshot> found = new ArrayList<>(snapshots.figuresBetween(null, snapshot.asOf().minusDays(1)));
        found.add(snapshot);
        return SnapshotHistory.of(null, snapshot.asOf(), found, countyOrder(),
                countyOrNull == null ? null : countyOrNull.name());
    }

    private List<String> countyOrder() {
        return reference.counties().stream().map(County::name).toList();
    }
}
