package org.perfgrade.ingest.held;

import org.perfgrade.ingest.SubmissionStatus;
import org.perfgrade.ingest.FinishSubmissionTasklet;
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
 * After {@code checkRows}: a file with no accepted row is rejected ({@value FinishSubmissionTasklet#NO_ROWS}); a
 * file that would retire more than {@code perfgrade.ingest.hold-retire-share} of what its county holds of its kind,
 * and more than {@link IngestRules#HOLD_MIN_RETIRED} lines or plans, is held for the city (status {@code HELD}, an
 * older held file of the county and kind superseded). Either way nothing was replaced and the job goes on to the
 * receipt (exit {@value #DECIDED}). Otherwise the check's counts are cleared and {@code loadRows} applies the file.
 */
@Component
public class HoldDecisionTasklet implements Tasklet {

    public static final String DECIDED = "DECIDED";

    private final SubmissionRepository submissions;
    private final HeldSubmissions held;
    private final RetirementPreview preview;
    private final IngestRules rules;

    HoldDecisionTasklet(SubmissionRepository submissions, HeldSubmissions held, RetirementPreview preview,
                        IngestRules rules) {
        this.submissions = submissions;
        this.held = held;
        this.preview = preview;
        this.rules = rules;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long id = ImportJobParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters())
                .submissionId();
        SubmissionRepository.Submission s = submissions.find(id);
        RetirementPreview.Target target = HeldCheckTasklet.target(SubmissionKind.valueOf(s.kind()));
        if (s.rowsAccepted() == 0) {
            submissions.finish(id, SubmissionStatus.REJECTED, FinishSubmissionTasklet.NO_ROWS);
            contribution.setExitStatus(new ExitStatus(DECIDED));
        }
        else {
            int holds = preview.held(target, s.countyCode());
            int retiring = preview.wouldRetire(target, id, s.countyCode());
            if (retiring > IngestRules.HOLD_MIN_RETIRED && retiring > rules.holdRetireShare() * holds) {
                submissions.finish(id, SubmissionStatus.HELD, reason(target, holds, retiring));
                held.supersedeOlder(id, s.countyCode(), s.kind());
                contribution.setExitStatus(new ExitStatus(DECIDED));
            }
            else {
                submissions.resetProblems(id);
            }
        }
        preview.forget(id);
        return RepeatStatus.FINISHED;
    }

    private String reason(RetirementPreview.Target target, int holds, int retiring) {
        String what = target == RetirementPreview.Target.LEDGER_LINES ? "清单台账行业记录" : "提升企业计划";
        return String.format("本文件将使本县区在册的 %d 条%s中的 %d 条退出（超过 %.0f%%），已暂缓处理，在册数据未作改动，"
                + "待市生态环境局确认后生效", holds, what, retiring, rules.holdRetireShare() * 100);
    }
}
