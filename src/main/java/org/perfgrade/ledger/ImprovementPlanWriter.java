package org.perfgrade.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.ledger.EnterpriseRegistry.Match;
import org.perfgrade.ledger.ImprovementPlanStore.PlanContent;
import org.perfgrade.ledger.ImprovementPlanStore.StoredPlan;
import org.perfgrade.ledger.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 重点行业绩效分级提升企业清单 (附件2) rows. A plan belongs to a ledger line; when the ledger does not hold the
 * enterprise or its line yet (the county sent 附件2 first), both are added with the 绩效现状 as grade and the county
 * is warned, so the order of a county's files does not matter. An existing line's grade is never touched: 附件2 is
 * kept apart from the ledger. 备注 missing the enterprise's other industries is completed (附件2 note 4).
 */
@Component
class ImprovementPlanWriter {

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

    List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<ImprovementPlanFacts>> rows) {
        IndustryResolver industries = new IndustryResolver(jdbc);
        LocalDateTime now = LocalDateTime.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<ImprovementPlanFacts> row : rows) {
            outcomes.add(apply(ctx, row.rowNumber(), row.facts(), industries, now));
        }
        return outcomes;
    }

    private RowOutcome apply(SubmissionContext ctx, int rowNumber, ImprovementPlanFacts facts,
                             IndustryResolver industries, LocalDateTime now) {
        IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
        if (industry.issue() != null) {
            return RowOutcome.refused(rowNumber, industry.issue());
        }
        IndustryRef ref = industry.ref();
        Match match = enterprises.find(facts.enterprise(), ctx.countyCode());
        if (match.mismatch() != null) {
            return RowOutcome.refused(rowNumber, match.mismatch());
        }
        Optional<StoredLine> line = match.found() == null ? Optional.empty() : lines.find(match.found().id(), ref);
        Optional<StoredPlan> plan = line.flatMap(l -> plans.find(l.id()));
        if (plan.isPresent() && plan.get().stamp().isOtherRow(ctx, rowNumber)) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                    LedgerMessages.duplicate(plan.get().stamp().rowNo(), LedgerMessages.SAME_LINE)));
        }
        List<LedgerIssue> warnings = new ArrayList<>();
        long enterpriseId = enterprises.save(facts.enterprise(), ctx.countyCode(), match.found(), now).id();
        String enterpriseLabel = match.found() != null ? match.found().label()
                : LedgerMessages.enterprise(FactText.clean(facts.enterprise().name()),
                        FactText.creditCode(facts.enterprise().creditCode()));
        String currentGrade = FactText.grade(facts.currentGrade());
        Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
        long lineId;
        if (line.isEmpty()) {
            lineId = lines.insert(enterpriseId, ref, currentGrade, LineFigures.NONE, stamp, now);
            if (currentGrade != null) {
                events.record(lineId, null, currentGrade, ctx, ADDED_NOTE, now);
            }
            warnings.add(LedgerIssue.of(LedgerIssueType.ENTERPRISE_ADDED, match.found() == null
                    ? LedgerMessages.enterpriseAdded(enterpriseLabel, ref, currentGrade)
                    : LedgerMessages.lineAdded(enterpriseLabel, ref, currentGrade)));
        }
        else {
            lineId = line.get().id();
            if (line.get().stamp().isRow(ctx, rowNumber)) {
                // applied again after a restart: this very row added the line
                warnings.add(LedgerIssue.of(LedgerIssueType.ENTERPRISE_ADDED,
                        LedgerMessages.lineAdded(enterpriseLabel, ref, line.get().grade())));
            }
        }
        String givenRemarks = FactText.clean(facts.remarks());
        List<String> others = lines.otherActiveIndustries(enterpriseId, ref.industryId(), ctx, rowNumber);
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
            plans.insert(lineId, content, stamp, now);
        }
        else if (!content.equals(plan.get().content()) || !stamp.equals(plan.get().stamp())
                || plan.get().retiredOn() != null) {
            plans.update(plan.get().id(), content, stamp, now);
        }
        return RowOutcome.stored(rowNumber, warnings);
    }
}
