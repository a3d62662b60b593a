package org.perfgrade.ledger.write;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.GradeEvents;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.ImprovementPlanStore.NewPlan;
import org.perfgrade.ledger.write.ImprovementPlanStore.PlanContent;
import org.perfgrade.ledger.write.ImprovementPlanStore.StoredPlan;
import org.perfgrade.ledger.write.LedgerLineStore.LineKey;
import org.perfgrade.ledger.write.LedgerLineStore.NewLine;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 重点行业绩效分级提升企业清单 (附件2) rows. A plan belongs to a ledger line; when the ledger does not hold the
 * enterprise or its line yet (the county sent 附件2 first), both are added with the 绩效现状 as grade and the county
 * is warned, so the order of a county's files does not matter. An existing line's grade is never touched: 附件2 is
 * kept apart from the ledger (but a line 分支待补充 takes the branch a row names, {@link BranchPending}). 备注 missing the enterprise's other industries is completed (附件2 note 4).
 * <p>
 * As {@link LedgerLineWriter}: a chunk reads its enterprises, their lines and plans ahead, applies its rows in
 * memory and writes in batches (enterprises, new lines with ids read back, their grade events, plans).
 */
@Component
public class ImprovementPlanWriter {

    /** The note of a grade event written for a line that a 附件2 row added. */
    static final String ADDED_NOTE = "按附件2 绩效现状登记（清单台账中尚无此行业记录）";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final ImprovementPlanStore plans;
    private final GradeEvents events;
    private final Clock clock;

    ImprovementPlanWriter(JdbcClient jdbc, EnterpriseRegistry enterprises, LedgerLineStore lines,
                          ImprovementPlanStore plans, GradeEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.lines = lines;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    public List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<ImprovementPlanFacts>> rows) {
        Chunk chunk = new Chunk(ctx, rows);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<ImprovementPlanFacts> row : rows) {
            outcomes.add(chunk.apply(row.rowNumber(), row.facts()));
        }
        chunk.flush();
        return outcomes;
    }

    /** One chunk's read-ahead of enterprises, lines and plans, kept in step with what the chunk will write. */
    private final class Chunk {

        private final SubmissionContext ctx;
        private final LocalDateTime now = LocalDateTime.now(clock);
        private final IndustryResolver industries = new IndustryResolver(jdbc);
        private final ChunkEnterprises registry;
        private final LineIndex lineByKey;
        private final Map<Long, StoredPlan> planByLine;
        private final Map<Long, Industry> industryById = new HashMap<>();
        private final List<NewLine> addedLines = new ArrayList<>();
        private final List<Long> addedLineIds = new ArrayList<>();
        private final List<NewPlan> addedPlans = new ArrayList<>();
        private final List<StoredPlan> changedPlans = new ArrayList<>();
        private final List<StoredLine> branchedLines = new ArrayList<>();
        private final List<GradeEvents.Change> changes = new ArrayList<>();
        private long nextTemporaryId = -1;

        Chunk(SubmissionContext ctx, List<RowFacts<ImprovementPlanFacts>> rows) {
            this.ctx = ctx;
            registry = new ChunkEnterprises(enterprises, ctx.countyCode(),
                    rows.stream().map(r -> r.facts().enterprise()).toList());
            lineByKey = new LineIndex(lines.ofEnterprises(registry.storedIds()).values());
            planByLine = new HashMap<>(plans.ofLines(lineByKey.values().stream().map(StoredLine::id).toList()));
            jdbc.sql("SELECT id, name, display_order FROM industry").query((RowCallbackHandler) rs -> industryById
                    .put(rs.getLong(1), new Industry(rs.getString(2), rs.getInt(3))));
        }

        RowOutcome apply(int rowNumber, ImprovementPlanFacts facts) {
            IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
            if (industry.issue() != null) {
                return RowOutcome.refused(rowNumber, industry.issue());
            }
            IndustryRef ref = industry.ref();
            Match match = registry.find(facts.enterprise());
            if (match.mismatch() != null) {
                return RowOutcome.refused(rowNumber, match.mismatch());
            }
            Optional<BranchPending.Found> found = match.found() == null ? Optional.empty()
                    : lineByKey.find(match.found().id(), ref);
            Optional<StoredLine> line = found.map(BranchPending.Found::line);
            Optional<StoredPlan> plan = line.map(l -> planByLine.get(l.id()));
            if (plan.isPresent() && plan.get().stamp().isOtherRow(ctx, rowNumber)) {
                return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                        LedgerMessages.duplicate(plan.get().stamp().rowNo(), LedgerMessages.SAME_LINE)));
            }
            List<LedgerIssue> warnings = new ArrayList<>();
            long enterpriseId = registry.save(facts.enterprise(), match.found()).id();
            String enterpriseLabel = match.found() != null ? match.found().label()
                    : LedgerMessages.enterprise(FactText.clean(facts.enterprise().name()),
                            FactText.creditCode(facts.enterprise().creditCode()));
            String currentGrade = FactText.grade(facts.currentGrade());
            Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
            long lineId;
            if (line.isEmpty()) {
                lineId = nextTemporaryId--;
                LineKey key = LineKey.of(enterpriseId, ref);
                addedLines.add(new NewLine(enterpriseId, ref, currentGrade, LineFigures.NONE, stamp));
                addedLineIds.add(lineId);
                lineByKey.put(new StoredLine(lineId, enterpriseId, key.industryId(), key.branchKey(),
                        currentGrade, LineFigures.NONE, stamp, null));
                if (currentGrade != null) {
                    changes.add(new GradeEvents.Change(lineId, null, currentGrade, ADDED_NOTE));
                }
                warnings.add(LedgerIssue.of(LedgerIssueType.ENTERPRISE_ADDED, match.found() == null
                        ? LedgerMessages.enterpriseAdded(enterpriseLabel, ref, currentGrade)
                        : LedgerMessages.lineAdded(enterpriseLabel, ref, currentGrade)));
            }
            else {
                lineId = line.get().id();
                if (found.get().takesBranch()) {
                    // the line 分支待补充 takes the branch this row names; its grade stays
                    StoredLine branched = found.get().withBranchOf(ref);
                    branchedLines.add(branched);
                    lineByKey.put(branched);
                }
                if (line.get().stamp().isRow(ctx, rowNumber)) {
                    // applied again after a restart: this very row added the line
                    warnings.add(LedgerIssue.of(LedgerIssueType.ENTERPRISE_ADDED,
                            LedgerMessages.lineAdded(enterpriseLabel, ref, line.get().grade())));
                }
            }
            String givenRemarks = FactText.clean(facts.remarks());
            List<String> others = otherActiveIndustries(enterpriseId, ref.industryId(), rowNumber);
            String remarks = CrossIndustryRemarks.complete(givenRemarks, others);
            if (!Objects.equals(remarks, givenRemarks)) {
                warnings.add(new LedgerIssue(LedgerIssueType.REMARKS_COMPLETED,
                        LedgerMessages.remarksCompleted(CrossIndustryRemarks.missing(givenRemarks, others), remarks),
                        remarks));
            }
            PlanContent content = new PlanContent(currentGrade, FactText.clean(facts.targetGrade()),
                    FactText.clean(facts.differentiatingIndex()), FactText.clean(facts.problems()),
                    FactText.clean(facts.measures()), facts.plannedCompletion(), remarks);
            if (plan.isEmpty()) {
                addedPlans.add(new NewPlan(lineId, content, stamp));
                planByLine.put(lineId, new StoredPlan(0, content, stamp, null));
            }
            else if (!content.equals(plan.get().content()) || !stamp.equals(plan.get().stamp())
                    || plan.get().retiredOn() != null) {
                StoredPlan written = new StoredPlan(plan.get().id(), content, stamp, null);
                changedPlans.add(written);
                planByLine.put(lineId, written);
            }
            return RowOutcome.stored(rowNumber, warnings);
        }

        /**
         * As {@link LedgerLineStore#otherActiveIndustries}: the names of the enterprise's other industries with an
         * active line, in catalogue order, leaving out lines that later rows of this submission added.
         */
        private List<String> otherActiveIndustries(long enterpriseId, long industryId, int rowNumber) {
            return lineByKey.values().stream()
                    .filter(l -> l.enterpriseId() == enterpriseId && l.industryId() != industryId
                            && l.retiredOn() == null && (l.stamp().submissionId() == null
                            || l.stamp().submissionId() != ctx.submissionId()
                            || (l.stamp().rowNo() != null && l.stamp().rowNo() <= rowNumber)))
                    .map(l -> industryById.get(l.industryId())).distinct()
                    .sorted(Comparator.comparingInt(Industry::order).thenComparing(Industry::name))
                    .map(Industry::name).toList();
        }

        /**
         * Writes the chunk: enterprises, the branches lines 分支待补充 took (first, freeing their key), new lines (ids
         * read back) and their grade events, plans.
         */
        void flush() {
            LongUnaryOperator enterpriseIds = registry.flush(now);
            lines.setBranches(branchedLines, now);
            List<NewLine> rows = addedLines.stream().map(l -> new NewLine(enterpriseIds.applyAsLong(
                    l.enterpriseId()), l.ref(), l.grade(), l.figures(), l.stamp())).toList();
            Map<Long, Long> lineIds = lines.insertAllReadingIds(rows, addedLineIds, ctx.asOf(), now);
            LongUnaryOperator lineId = id -> id < 0 ? lineIds.get(id) : id;
            events.recordAll(changes.stream().map(c -> new GradeEvents.Change(lineId.applyAsLong(c.ledgerLineId()),
                    c.oldGrade(), c.newGrade(), c.note())).toList(), ctx, now);
            plans.insertAll(addedPlans.stream().map(p -> new NewPlan(lineId.applyAsLong(p.ledgerLineId()),
                    p.content(), p.stamp())).toList(), ctx.asOf(), now);
            plans.updateAll(changedPlans, now);
        }
    }

    /** An industry's name and catalogue place. */
    private record Industry(String name, int order) {
    }
}
