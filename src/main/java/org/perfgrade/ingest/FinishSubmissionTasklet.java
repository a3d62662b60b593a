package org.perfgrade.ingest;

import org.perfgrade.ingest.held.HeldSubmissions;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.SubmissionContext;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * After the rows: a newer submission of a kind replaces what that kind held for the county, so what this one no
 * longer lists is retired (never deleted); then the submission is marked imported, and an older file of the county
 * and kind still held for the city is superseded. A file with no accepted row replaces nothing: it is rejected
 * ({@value #NO_ROWS}) and nothing is retired. One transaction.
 */
@Component
public class FinishSubmissionTasklet implements Tasklet {

    /** Why a file without one accepted row is rejected. */
    public static final String NO_ROWS = "没有可接收的数据行";

    private final SubmissionRepository submissions;
    private final LedgerImport ledger;
    private final HeldSubmissions held;

    FinishSubmissionTasklet(SubmissionRepository submissions, LedgerImport ledger, HeldSubmissions held) {
        this.submissions = submissions;
        this.ledger = ledger;
        this.held = held;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(
                chunkContext.getStepContext().getStepExecution().getJobParameters());
        SubmissionRepository.Submission s = submissions.find(parameters.submissionId());
        if (s.rowsAccepted() == 0) {
            submissions.finish(s.id(), SubmissionStatus.REJECTED, NO_ROWS);
            return RepeatStatus.FINISHED;
        }
        SubmissionContext context = new SubmissionContext(s.id(), s.countyCode(), parameters.asOf(), s.fileName());
        int retired = switch (SubmissionKind.valueOf(s.kind())) {
            case LEDGER -> ledger.retireLedgerLines(context);
            case IMPROVEMENT -> ledger.retireImprovementPlans(context);
            case APPLICATION -> ledger.retireApplications(context);
            case EXPERT -> ledger.retireExperts(context);
            case VIOLATION, WORK_PLAN -> 0;
        };
        submissions.finish(s.id(), SubmissionStatus.IMPORTED, String.format("数据 %d 行，接收 %d 行，拒收 %d 行，提示 %d 条%s",
                s.rowsTotal(), s.rowsAccepted(), s.rowsRejected(), s.rowsWarned(),
                retired == 0 ? "" : "；本次报送未再列出的 " + retired + " 条已退出（保留历史）"));
        held.supersedeOlder(s.id(), s.countyCode(), s.kind());
        return RepeatStatus.FINISHED;
    }
}
