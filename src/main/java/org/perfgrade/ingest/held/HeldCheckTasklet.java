package org.perfgrade.ingest.held;

import org.perfgrade.ingest.ImportJobParameters;
import org.perfgrade.ingest.IngestRules;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ledger.write.RetirementPreview;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Before the rows of {@code importJob} are applied: whether the file needs the held check (待市局确认). Only a
 * 清单台账 or 附件2 can be held, only when its county holds more than {@link IngestRules#HOLD_MIN_RETIRED} lines or
 * plans of that kind (else it cannot retire more), and never in the run after the city confirmed it. Exit
 * {@value #CHECK} sends the job through {@code checkRows}, anything else straight to {@code loadRows}.
 */
@Component
public class HeldCheckTasklet implements Tasklet {

    public static final String CHECK = "CHECK";

    private final SubmissionRepository submissions;
    private final RetirementPreview preview;

    HeldCheckTasklet(SubmissionRepository submissions, RetirementPreview preview) {
        this.submissions = submissions;
        this.preview = preview;
    }

    /** The lines or plans a kind replaces when they can be held, else null. */
    static RetirementPreview.Target target(SubmissionKind kind) {
        return switch (kind) {
            case LEDGER -> RetirementPreview.Target.LEDGER_LINES;
            case IMPROVEMENT -> RetirementPreview.Target.IMPROVEMENT_PLANS;
            default -> null;
        };
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(
                chunkContext.getStepContext().getStepExecution().getJobParameters());
        SubmissionRepository.Submission s = submissions.find(parameters.submissionId());
        RetirementPreview.Target target = target(SubmissionKind.valueOf(s.kind()));
        preview.forget(s.id());
        if (!parameters.confirmed() && target != null
                && preview.held(target, s.countyCode()) > IngestRules.HOLD_MIN_RETIRED) {
            contribution.setExitStatus(new ExitStatus(CHECK));
        }
        return RepeatStatus.FINISHED;
    }
}
