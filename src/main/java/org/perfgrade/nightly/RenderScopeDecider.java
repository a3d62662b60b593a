package org.perfgrade.nightly;

import org.perfgrade.batch.NightlyKey;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * 生成范围的分支: after the snapshot, sends the night to the rendering its {@link NightlyKey.Documents} parameter asks
 * for. A run stored before the parameter existed renders everything, as it did then.
 */
final class RenderScopeDecider implements JobExecutionDecider {

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        NightlyKey.Documents scope = NightlyKey.Documents.ofCode(jobExecution.getJobParameters()
                .getString(NightlyKey.DOCUMENTS));
        return new FlowExecutionStatus(scope.name());
    }
}
