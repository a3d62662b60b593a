package org.perfgrade.ingest.receipt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.ingest.ImportJobParameters;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.IngestRules;
import org.perfgrade.ingest.OriginalFiles;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ingest.SubmissionRowReader;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Last step of {@code importJob}: the receipt (回执) workbook for the county, written through the document archive
 * (manifest kind {@code receipt}, with the county) under {@code receipts/<县区>/}, from the rows {@code loadRows} kept
 * ({@link ReceiptRows}) when it finished them, else from the original; with the rows skipped as not data, and the
 * notes told whether corrections were refused (strict mode).
 */
@Component
public class ReceiptTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReceiptTasklet.class);

    public static final String RECEIPT = "receipt";

    private final SubmissionRepository submissions;
    private final OriginalFiles originals;
    private final IngestLimits limits;
    private final DocumentArchive archive;
    private final ReferenceData reference;
    private final IngestRules rules;

    ReceiptTasklet(SubmissionRepository submissions, OriginalFiles originals, IngestLimits limits,
                   DocumentArchive archive, ReferenceData reference, IngestRules rules) {
        this.rules = rules;
        this.submissions = submissions;
        this.originals = originals;
        this.limits = limits;
        this.archive = archive;
        this.reference = reference;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(
                chunkContext.getStepContext().getStepExecution().getJobParameters());
        SubmissionRepository.Submission s = submissions.find(parameters.submissionId());
        County county = s.countyCode() == null ? null : reference.countiesByCode().get(s.countyCode());
        LocalDate asOf = parameters.asOf();
        // the county's file name, made a plain name: no separators, "..", control characters or leading dots
        String base = s.fileName().replaceAll("\\.[^.]*$", "").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .replaceAll("\\.{2,}", "_").replaceAll("^[.\\s]+", "");
        String path = "receipts/" + (county == null ? "未识别县区" : county.name()) + "/" + asOf + "/" + base
                + "-回执-" + s.sha256().substring(0, 8) + ".xlsx";
        Path original = originals.archived(s.sha256(), s.fileName());
        Path rows = originals.receiptRows(s.sha256());
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        ReceiptWorkbookWriter writer = new ReceiptWorkbookWriter(s, submissions.problems(s.id()),
                submissions.skipped(s.id()), rules.strict(), county, original, complete(rows, job) ? rows : null,
                limits);
        ArchivedDocument receipt = archive.store(new DocumentRequest("receipt", asOf, county, path), writer::write);
        deleteQuietly(rows);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(RECEIPT, receipt.path());
        return RepeatStatus.FINISHED;
    }

    /** Whether {@code loadRows} finished the receipt rows file and it still has the length it recorded. */
    private static boolean complete(Path rows, ExecutionContext job) {
        try {
            return job.containsKey(SubmissionRowReader.RECEIPT_ROWS) && Files.isRegularFile(rows)
                    && Files.size(rows) == job.getLong(SubmissionRowReader.RECEIPT_ROWS);
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static void deleteQuietly(Path rows) {
        try {
            Files.deleteIfExists(rows);
        }
        catch (IOException ex) {
            log.warn("无法删除回执行缓存 {}：{}", rows, ex.getMessage());
        }
    }
}
