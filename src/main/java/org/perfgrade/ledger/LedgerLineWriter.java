package org.perfgrade.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfgrade.ledger.EnterpriseRegistry.Match;
import org.perfgrade.ledger.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 清单台账 rows: registers the enterprise, writes its line for the industry and branch, stamps it with the
 * submission row and records a grade change in the history. Writing the same row twice (a restarted chunk) changes
 * nothing; a second row about the same line in one submission is refused.
 */
@Component
class LedgerLineWriter {

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final GradeEvents events;
    private final Clock clock;

    LedgerLineWriter(JdbcClient jdbc, EnterpriseRegistry enterprises, LedgerLineStore lines, GradeEvents events,
                     Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.lines = lines;
        this.events = events;
        this.clock = clock;
    }

    List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
        IndustryResolver industries = new IndustryResolver(jdbc);
        LocalDateTime now = LocalDateTime.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<LedgerLineFacts> row : rows) {
            outcomes.add(apply(ctx, row.rowNumber(), row.facts(), industries, now));
        }
        return outcomes;
    }

    private RowOutcome apply(SubmissionContext ctx, int rowNumber, LedgerLineFacts facts, IndustryResolver industries,
                             LocalDateTime now) {
        IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
        if (industry.issue() != null) {
            return RowOutcome.refused(rowNumber, industry.issue());
        }
        Match match = enterprises.find(facts.enterprise(), ctx.countyCode());
        if (match.mismatch() != null) {
            return RowOutcome.refused(rowNumber, match.mismatch());
        }
        Optional<StoredLine> stored = match.found() == null ? Optional.empty()
                : lines.find(match.found().id(), industry.ref());
        if (stored.isPresent() && stored.get().stamp().isOtherRow(ctx, rowNumber)) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                    LedgerMessages.duplicate(stored.get().stamp().rowNo(), LedgerMessages.SAME_LINE)));
        }
        long enterpriseId = enterprises.save(facts.enterprise(), ctx.countyCode(), match.found(), now);
        String grade = FactText.grade(facts.grade());
        Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
        if (stored.isEmpty()) {
            long lineId = lines.insert(enterpriseId, industry.ref(), grade, LineFigures.of(facts), stamp, now);
            if (grade != null) {
                events.record(lineId, null, grade, ctx, null, now);
            }
            return RowOutcome.stored(rowNumber, List.of());
        }
        StoredLine line = stored.get();
        LineFigures figures = LineFigures.of(facts).over(line.figures());
        boolean gradeChanged = !FactText.same(grade, line.grade());
        if (gradeChanged || !figures.sameAs(line.figures()) || !stamp.equals(line.stamp()) || line.retiredOn() != null) {
            lines.update(line.id(), grade, figures, stamp, now);
        }
        if (gradeChanged) {
            events.record(line.id(), line.grade(), grade, ctx, null, now);
        }
        return RowOutcome.stored(rowNumber, List.of());
    }
}
