package org.perfgrade.ingest;

import org.perfgrade.batch.ImportKey;
import org.perfgrade.ingest.county.CountyResolver;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.held.HeldCheckTasklet;
import org.perfgrade.ingest.held.HeldCheckWriter;
import org.perfgrade.ingest.held.HoldDecisionTasklet;
import org.perfgrade.ingest.receipt.ReceiptTasklet;
import org.perfgrade.ingest.rules.ValidatedRow;
import org.perfgrade.reference.ReferenceData;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code importJob}: one run per county file (its SHA-256 is the job's business key, so files can later run as
 * partitions side by side).
 * <ol>
 * <li>{@code inspectSubmission}: open the archived original, refuse it whole if it must be (not a spreadsheet,
 * corrupt, protected, empty, too big, no header), else recognise its kind, header and county;</li>
 * <li>{@code heldCheck}: whether the file needs the held check (a 清单台账 or 附件2 of a county holding more than
 * 5 lines or plans, not yet confirmed by the city);</li>
 * <li>{@code checkRows} (only then): read and validate the rows, noting which of the county's lines or plans they
 * name, changing nothing; {@code holdDecision} then rejects a file with no accepted row or holds one that would
 * retire too much (both go to the receipt), else clears the counts for {@code loadRows};</li>
 * <li>{@code loadRows}: read, validate and store the rows in chunks; a restart resumes after the last committed
 * chunk;</li>
 * <li>{@code finishSubmission}: retire what this submission supersedes and mark it imported (or rejected, when no
 * row was accepted);</li>
 * <li>{@code writeReceipt}: the receipt workbook (回执) for the county, also for a file refused whole.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final int CHUNK_SIZE = 500;

    @Bean
    CountyResolver countyResolver(ReferenceData reference) {
        return new CountyResolver(reference);
    }

    @Bean
    Job importJob(JobRepository jobRepository, Step inspectSubmission, Step heldCheck, Step checkRows,
                  Step holdDecision, Step loadRows, Step finishSubmission, Step writeReceipt) {
        return new JobBuilder(ImportKey.JOB, jobRepository)
                .start(inspectSubmission).on(InspectSubmissionTasklet.REJECTED).to(writeReceipt)
                .from(inspectSubmission).on("*").to(heldCheck)
                .from(heldCheck).on(HeldCheckTasklet.CHECK).to(checkRows).next(holdDecision)
                .from(holdDecision).on(HoldDecisionTasklet.DECIDED).to(writeReceipt)
                .from(holdDecision).on("*").to(loadRows)
                .from(heldCheck).on("*").to(loadRows).next(finishSubmission).next(writeReceipt)
                .end()
                .build();
    }

    @Bean
    Step heldCheck(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   HeldCheckTasklet tasklet) {
        return new StepBuilder("heldCheck", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step checkRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   SubmissionRowReader reader, RowValidationProcessor processor, HeldCheckWriter writer) {
        return rowStep("checkRows", jobRepository, transactionManager, reader, processor, writer);
    }

    @Bean
    Step holdDecision(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      HoldDecisionTasklet tasklet) {
        return new StepBuilder("holdDecision", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step inspectSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           InspectSubmissionTasklet tasklet) {
        return new StepBuilder("inspectSubmission", jobRepository).tasklet(tasklet, transactionManager)
                .build();
    }

    @Bean
    Step loadRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  SubmissionRowReader reader, RowValidationProcessor processor, SubmissionRowWriter writer) {
        return rowStep("loadRows", jobRepository, transactionManager, reader, processor, writer);
    }

    /** A chunk step over the file's rows, validated; {@code checkRows} and {@code loadRows} differ in the writer. */
    private static Step rowStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                SubmissionRowReader reader, RowValidationProcessor processor,
                                ItemWriter<ValidatedRow<?>> writer) {
        return new StepBuilder(name, jobRepository)
                .<SourceRow, ValidatedRow<?>>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(receiptRowsPromotion())
                .build();
    }

    /** Hands the finished receipt rows file's length to the receipt step, also across a restart of the job. */
    private static ExecutionContextPromotionListener receiptRowsPromotion() {
        ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] { SubmissionRowReader.RECEIPT_ROWS });
        return promotion;
    }

    @Bean
    Step finishSubmission(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          FinishSubmissionTasklet tasklet) {
        return new StepBuilder("finishSubmission", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step writeReceipt(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ReceiptTasklet tasklet) {
        return new StepBuilder("writeReceipt", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
