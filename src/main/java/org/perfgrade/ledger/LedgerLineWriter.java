package org.perfgrade.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.perfgrade.ledger.EnterpriseRegistry.Match;
import org.perfgrade.ledger.EnterpriseRegistry.StoredEnterprise;
import org.perfgrade.ledger.LedgerLineStore.LineKey;
import org.perfgrade.ledger.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 清单台账 rows: registers the enterprise, writes its line for the industry and branch, stamps it with the
 * submission row and records a grade change in the history. Writing the same row twice (a restarted chunk) changes
 * nothing; a second row about the same line in one submission is refused.
 * <p>
 * A chunk reads its enterprises (by credit code) and their lines ahead in two queries and keeps them up to date as it
 * writes, and its grade changes go in one batch, so an unchanged row costs no statement at all and a new one two
 * inserts. Memory holds one chunk.
 * <p>
 * A line downgraded after a violation is restored only by a new review ({@link ViolationHold}): a row reporting a
 * better grade keeps the held grade, records no change and warns (GRADE_HELD_AFTER_VIOLATION).
 */
@Component
class LedgerLineWriter {

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

    List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
        Chunk chunk = new Chunk(ctx, rows);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<LedgerLineFacts> row : rows) {
            outcomes.add(chunk.apply(row.rowNumber(), row.facts()));
        }
        events.recordAll(chunk.changes, ctx, chunk.now);
        return outcomes;
    }

    /** One chunk's read-ahead of enterprises and lines, kept in step with what the chunk writes. */
    private final class Chunk {

        private final SubmissionContext ctx;
        private final LocalDateTime now = LocalDateTime.now(clock);
        private final IndustryResolver industries = new IndustryResolver(jdbc);
        private final Map<String, StoredEnterprise> byCode;
        private final Map<LineKey, StoredLine> lineByKey;
        private final Set<Long> linesRead = new HashSet<>();
        private final List<GradeEvents.Change> changes = new ArrayList<>();

        Chunk(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
            this.ctx = ctx;
            Set<String> codes = new HashSet<>();
            for (RowFacts<LedgerLineFacts> row : rows) {
                String code = FactText.creditCode(row.facts().enterprise().creditCode());
                if (code != null) {
                    codes.add(code);
                }
            }
            byCode = new HashMap<>(enterprises.byCreditCodes(codes));
            byCode.values().forEach(e -> linesRead.add(e.id()));
            lineByKey = new HashMap<>(lines.ofEnterprises(linesRead));
        }

        RowOutcome apply(int rowNumber, LedgerLineFacts facts) {
            IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
            if (industry.issue() != null) {
                return RowOutcome.refused(rowNumber, industry.issue());
            }
            // every code of the chunk was read ahead: a code missing from the map is not registered
            Match match = enterprises.find(facts.enterprise(), ctx.countyCode(),
                    code -> Optional.ofNullable(byCode.get(code)));
            if (match.mismatch() != null) {
                return RowOutcome.refused(rowNumber, match.mismatch());
            }
            Optional<StoredLine> stored = match.found() == null ? Optional.empty()
                    : line(LineKey.of(match.found().id(), industry.ref()));
            if (stored.isPresent() && stored.get().stamp().isOtherRow(ctx, rowNumber)) {
                return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                        LedgerMessages.duplicate(stored.get().stamp().rowNo(), LedgerMessages.SAME_LINE)));
            }
            StoredEnterprise enterprise = enterprises.save(facts.enterprise(), ctx.countyCode(), match.found(), now);
            if (enterprise.creditCode() != null) {
                byCode.put(enterprise.creditCode(), enterprise);
            }
            if (match.found() == null) {
                linesRead.add(enterprise.id()); // a new enterprise has no lines yet
            }
            return RowOutcome.stored(rowNumber,
                    write(LineKey.of(enterprise.id(), industry.ref()), industry.ref(), stored, facts, rowNumber));
        }

        /** Writes the line; returns the warnings (a grade held after a violation). */
        private List<LedgerIssue> write(LineKey key, IndustryRef ref, Optional<StoredLine> stored,
                                        LedgerLineFacts facts, int rowNumber) {
            String grade = FactText.grade(facts.grade());
            Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
            if (stored.isEmpty()) {
                LineFigures figures = LineFigures.of(facts);
                long id = lines.insert(key.enterpriseId(), ref, grade, figures, stamp, now);
                lineByKey.put(key, new StoredLine(id, key.enterpriseId(), key.industryId(), key.branchKey(), grade,
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
                Optional<ViolationHold.Held> held = hold.held(line.id());
                if (held.isPresent() && hold.raises(grade, held.get().grade())) {
                    warnings.add(ViolationHold.warning(held.get(), grade));
                    grade = line.grade();
                }
            }
            boolean gradeChanged = !Objects.equals(grade, line.grade());
            if (gradeChanged || !figures.sameAs(line.figures()) || !stamp.equals(line.stamp())
                    || line.retiredOn() != null) {
                lines.update(line.id(), grade, figures, stamp, now);
                lineByKey.put(key, new StoredLine(line.id(), key.enterpriseId(), key.industryId(), key.branchKey(),
                        grade, figures, stamp, null));
            }
            if (gradeChanged) {
                changes.add(new GradeEvents.Change(line.id(), line.grade(), grade, null));
            }
            return warnings;
        }

        /** The line, read with its enterprise's other lines the first time the enterprise is met. */
        private Optional<StoredLine> line(LineKey key) {
            if (linesRead.add(key.enterpriseId())) {
                lineByKey.putAll(lines.ofEnterprises(List.of(key.enterpriseId())));
            }
            return Optional.ofNullable(lineByKey.get(key));
        }
    }
}
