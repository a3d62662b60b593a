package org.perfgrade.ledger;

import java.util.List;

import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.review.ApplicationWriter;
import org.perfgrade.ledger.review.ExpertRegisterWriter;
import org.perfgrade.ledger.violation.ViolationWriter;
import org.perfgrade.ledger.write.ImprovementPlanWriter;
import org.perfgrade.ledger.write.LedgerLineWriter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账导入: what the importer calls to bring a county submission into the ledger. Rows come in chunks, in file order;
 * each call is one transaction (it joins the chunk's transaction when there is one) and is idempotent, so a chunk
 * applied twice after a restart leaves the same content and adds no grade event. After the last chunk of a file the
 * importer calls the matching {@code retire…} method, which retires what the county's earlier submission of that kind
 * listed and this one did not. Nothing is ever deleted.
 */
@Service
public class LedgerImport {

    private final LedgerLineWriter ledgerLines;
    private final ImprovementPlanWriter improvementPlans;
    private final ApplicationWriter applications;
    private final ViolationWriter violations;
    private final ExpertRegisterWriter experts;
    private final SubmissionRetirement retirement;

    LedgerImport(LedgerLineWriter ledgerLines, ImprovementPlanWriter improvementPlans, ApplicationWriter applications,
                 ViolationWriter violations, ExpertRegisterWriter experts, SubmissionRetirement retirement) {
        this.ledgerLines = ledgerLines;
        this.improvementPlans = improvementPlans;
        this.applications = applications;
        this.violations = violations;
        this.experts = experts;
        this.retirement = retirement;
    }

    /**
     * 清单台账 rows: enterprises, their lines and grade changes (reason COUNTY_LEDGER, effective {@code asOf}). A line
     * downgraded after a violation keeps its grade against a better one (warning GRADE_HELD_AFTER_VIOLATION).
     */
    @Transactional
    public List<RowOutcome> applyLedgerRows(SubmissionContext ctx, List<RowFacts<LedgerLineFacts>> rows) {
        return ledgerLines.apply(ctx, rows);
    }

    /** After the last 清单台账 chunk: retires the county's lines this submission did not list; returns how many. */
    @Transactional
    public int retireLedgerLines(SubmissionContext ctx) {
        return retirement.ledgerLines(ctx);
    }

    /** 附件2 rows: improvement plans, adding enterprise and line when the ledger lacks them (never changing a grade). */
    @Transactional
    public List<RowOutcome> applyImprovementRows(SubmissionContext ctx, List<RowFacts<ImprovementPlanFacts>> rows) {
        return improvementPlans.apply(ctx, rows);
    }

    /** After the last 附件2 chunk: retires the county's plans this submission did not list; ledger lines stay. */
    @Transactional
    public int retireImprovementPlans(SubmissionContext ctx) {
        return retirement.improvementPlans(ctx);
    }

    /**
     * 绩效分级申报及评审结果 rows: one current application per ledger line, in the batch the plan gives it; an A/B-class
     * county pass needs a signed expert opinion by experts not barred; a provincial grade is a REVIEW event.
     */
    @Transactional
    public List<RowOutcome> applyApplicationRows(SubmissionContext ctx, List<RowFacts<ApplicationFacts>> rows) {
        return applications.apply(ctx, rows);
    }

    /** After the last application chunk: retires the county's applications this submission did not list. */
    @Transactional
    public int retireApplications(SubmissionContext ctx) {
        return retirement.applications(ctx);
    }

    /**
     * 环境违法问题 rows: facts, stored once each and never retired; those the downgrade rule lists are credit-listed
     * and downgrade the enterprise's lines (VIOLATION events).
     */
    @Transactional
    public List<RowOutcome> applyViolationRows(SubmissionContext ctx, List<RowFacts<ViolationFacts>> rows) {
        return violations.apply(ctx, rows);
    }

    /** 专家（第三方）名单 rows: the county's expert register. */
    @Transactional
    public List<RowOutcome> applyExpertRows(SubmissionContext ctx, List<RowFacts<ExpertFacts>> rows) {
        return experts.apply(ctx, rows);
    }

    /** After the last expert chunk: retires the county's experts this submission did not list. */
    @Transactional
    public int retireExperts(SubmissionContext ctx) {
        return retirement.experts(ctx);
    }
}
