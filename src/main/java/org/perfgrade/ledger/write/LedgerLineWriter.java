package org.perfgrade.ledger.write;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.GradeEvents;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.ViolationHold;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.EnterpriseRegistry.StoredEnterprise;
import org.perfgrade.ledger.write.LedgerLineStore.LineKey;
import org.perfgrade.ledger.write.LedgerLineStore.NewLine;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 清单台账 rows: registers the enterprise, writes its line for the industry and branch, stamps it with the
 * submission row and records a grade change in the history. Writing the same row twice (a restarted chunk) changes
 * nothing; a second row about the same line in one submission is refused.
 * <p>
 * A chunk reads its enterprises (by credit code, by county and name), their lines and, when a grade changes, the
 * lines' violation holds ahead in a few queries, applies its rows in memory ({@link ChunkEnterprises}, new ids
 * temporary and negative) and then writes in batches: enterprises, their honours, new lines (their ids read back by
 * business key), changed lines and grade changes. So a chunk of N rows costs a handful of round trips whatever N is,
 * with the same content as writing row by row. Memory holds one chunk.
 * <p>
 * A row finds its line as {@link BranchPending} says: a line 分支待补充 (kept without branch) takes the branch a
 * later row names, and a row without branch refers to the enterprise's one active branched line of the industry.
 * <p>
 * A line downgraded after a violation is restored only by a new review ({@link ViolationHold}): a row reporting a
 * better grade keeps the held grade, records no change and warns (GRADE_HELD_AFTER_VIOLATION).
 */
@Component
public class LedgerLineWriter {

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final GradeEvents events;
    private final ViolationHold hold;
    private final Clock clock;

    LedgerLineWriter(JdbcClient jdbc, EnterpriseRegistry enterprises, LedgerLineStore lines, GradeEvents events,
                     ViolationHold hold, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.lines = lines;
        this.events = events;
        this.hold = hold;
        this.clock = clock;
    }

    public List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
        Chunk chunk = new Chunk(ctx, rows);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<LedgerLineFacts> row : rows) {
            outcomes.add(chunk.apply(row.rowNumber(), row.facts()));
        }
        chunk.flush();
        return outcomes;
    }

    /** One chunk's read-ahead of enterprises and lines, kept in step with what the chunk will write. */
    private final class Chunk {

        private final SubmissionContext ctx;
        private final LocalDateTime now = LocalDateTime.now(clock);
        private final IndustryResolver industries = new IndustryResolver(jdbc);
        private final ChunkEnterprises registry;
        private final LineIndex lineByKey;
        private final List<NewLine> added = new ArrayList<>();
        private final List<Long> addedIds = new ArrayList<>();
        private final Map<Long, StoredLine> changed = new LinkedHashMap<>();
        private final List<GradeEvents.Change> changes = new ArrayList<>();
        private Map<Long, ViolationHold.Held> holds;
        private long nextTemporaryId = -1;

        Chunk(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
            this.ctx = ctx;
            registry = new ChunkEnterprises(enterprises, ctx.countyCode(),
                    rows.stream().map(r -> r.facts().enterprise()).toList());
            lineByKey = new LineIndex(lines.ofEnterprises(registry.storedIds()).values());
        }

        RowOutcome apply(int rowNumber, LedgerLineFacts facts) {
            IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
            if (industry.issue() != null) {
                return RowOutcome.refused(rowNumber, industry.issue());
            }
            Match match = registry.find(facts.enterprise());
            if (match.mismatch() != null) {
                return RowOutcome.refused(rowNumber, match.mismatch());
            }
            Optional<BranchPending.Found> found = match.found() == null ? Optional.empty()
                    : lineByKey.find(match.found().id(), industry.ref());
            if (found.isPresent() && found.get().line().stamp().isOtherRow(ctx, rowNumber)) {
                return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                        LedgerMessages.duplicate(found.get().line().stamp().rowNo(), LedgerMessages.SAME_LINE)));
            }
            StoredEnterprise enterprise = registry.save(facts.enterprise(), match.found());
            LineKey key = found.map(f -> f.key(industry.ref())).orElse(LineKey.of(enterprise.id(), industry.ref()));
            return RowOutcome.stored(rowNumber, write(key, industry.ref(), found.map(BranchPending.Found::line),
                    facts, rowNumber));
        }

        /**
         * Notes the line's write under {@code key} (a stored line 分支待补充 takes the branch of the key); returns the
         * warnings (a grade held after a violation).
         */
        private List<LedgerIssue> write(LineKey key, IndustryRef ref, Optional<StoredLine> stored,
                                        LedgerLineFacts facts, int rowNumber) {
            String grade = FactText.grade(facts.grade());
            Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
            if (stored.isEmpty()) {
                LineFigures figures = LineFigures.of(facts);
                long id = nextTemporaryId--;
                added.add(new NewLine(key.enterpriseId(), ref, grade, figures, stamp));
                addedIds.add(id);
                lineByKey.put(new StoredLine(id, key.enterpriseId(), key.industryId(), key.branchKey(), grade,
                        figures, stamp, null));
                if (grade != null) {
                    changes.add(new GradeEvents.Change(id, null, grade, null));
                }
                return List.of();
            }
            StoredLine line = stored.get();
            LineFigures figures = LineFigures.of(facts).over(line.figures());
            List<LedgerIssue> warnings = new ArrayList<>();
            if (!Objects.equals(grade, line.grade())) {
                ViolationHold.Held held = line.id() < 0 ? null : holds().get(line.id());
                if (held != null && hold.raises(grade, held.grade())) {
                    warnings.add(ViolationHold.warning(held, grade));
                    grade = line.grade();
                }
            }
            boolean gradeChanged = !Objects.equals(grade, line.grade());
            if (gradeChanged || !figures.sameAs(line.figures()) || !stamp.equals(line.stamp())
                    || line.retiredOn() != null || key.branchKey() != line.branchKey()) {
                StoredLine written = new StoredLine(line.id(), key.enterpriseId(), key.industryId(), key.branchKey(),
                        grade, figures, stamp, null);
                changed.put(line.id(), written);
                lineByKey.put(written);
            }
            if (gradeChanged) {
                changes.add(new GradeEvents.Change(line.id(), line.grade(), grade, null));
            }
            return warnings;
        }

        /** The violation holds of the lines read ahead, read once when a first grade changes. */
        private Map<Long, ViolationHold.Held> holds() {
            if (holds == null) {
                holds = hold.heldAll(lineByKey.values().stream().map(StoredLine::id).filter(id -> id > 0).toList());
            }
            return holds;
        }

        /**
         * Writes the chunk: enterprises, changed lines (first, so that a line 分支待补充 taking its branch frees its
         * key for a new line without a branch), new lines (ids read back), grade changes.
         */
        void flush() {
            LongUnaryOperator enterpriseIds = registry.flush(now);
            lines.updateAll(List.copyOf(changed.values()), ctx.asOf(), now);
            List<NewLine> rows = added.stream().map(l -> new NewLine(enterpriseIds.applyAsLong(l.enterpriseId()),
                    l.ref(), l.grade(), l.figures(), l.stamp())).toList();
            Map<Long, Long> lineIds = lines.insertAllReadingIds(rows, addedIds, ctx.asOf(), now);
            events.recordAll(changes.stream().map(c -> new GradeEvents.Change(
                    c.ledgerLineId() < 0 ? lineIds.get(c.ledgerLineId()) : c.ledgerLineId(), c.oldGrade(),
                    c.newGrade(), c.note())).toList(), ctx, now);
        }
    }
}
