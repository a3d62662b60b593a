package org.perfgrade.ingest;

import java.nio.file.Path;
import java.util.List;

import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.county.CountyResolver;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.HeaderDetector;
import org.perfgrade.ingest.header.RowCursor;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * First step of {@code importJob}: opens the archived original and either refuses it as a whole (exit status
 * {@code REJECTED}) or records its kind, header row, sheet and county.
 */
@Component
class InspectSubmissionTasklet implements Tasklet {

    static final String REJECTED = "REJECTED";

    private final SubmissionRepository submissions;
    private final OriginalFiles originals;
    private final IngestLimits limits;
    private final CountyResolver countyResolver;

    InspectSubmissionTasklet(SubmissionRepository submissions, OriginalFiles originals, IngestLimits limits,
                             CountyResolver countyResolver) {
        this.submissions = submissions;
        this.originals = originals;
        this.limits = limits;
        this.countyResolver = countyResolver;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportJobParameters parameters = ImportJobParameters.from(
                chunkContext.getStepContext().getStepExecution().getJobParameters());
        long id = parameters.submissionId();
        SubmissionRepository.Submission s = submissions.find(id);
        Path path = originals.archived(s.sha256(), s.fileName());
        submissions.resetProblems(id);
        try (SpreadsheetFile file = SpreadsheetFile.open(path, limits)) {
            DetectedSheet sheet = new HeaderDetector().detect(file);
            countRows(file, sheet);
            boolean option = CountyHint.OPTION.equals(parameters.countyHintSource());
            CountyResolver.ResolvedCounty county = countyResolver.resolve(option ? parameters.countyHint() : null,
                    option ? null : parameters.countyHint(), file, sheet);
            submissions.recognised(id, county.county().code(), county.source(), sheet.kind(), sheet.sheetName(),
                    sheet.headerRowNumber());
            submissions.addProblems(id, sheet.unknownColumns());
        }
        catch (FileRejectedException ex) {
            recordCountyOfRejectedFile(id, parameters, s.fileName());
            submissions.addProblems(id, List.of(ex.problem()));
            submissions.finish(id, SubmissionStatus.REJECTED, ex.getMessage());
            contribution.setExitStatus(new ExitStatus(REJECTED, ex.getMessage()));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * One streaming pass over the data rows, so that a sheet beyond the row limit is refused whole (F06) here, before
     * {@code loadRows} commits its first chunk, instead of failing half-loaded at the row past the limit.
     */
    private static void countRows(SpreadsheetFile file, DetectedSheet sheet) throws FileRejectedException {
        try (RowCursor cursor = RowCursor.open(file, sheet)) {
            cursor.skipTo(Integer.MAX_VALUE);
        }
    }

    /**
     * A file refused whole still belongs to a county when the option, the inbox folder or the file name says which,
     * so that its receipt goes back to that county.
     */
    private void recordCountyOfRejectedFile(long id, ImportJobParameters parameters, String fileName) {
        boolean option = CountyHint.OPTION.equals(parameters.countyHintSource());
        try {
            CountyResolver.ResolvedCounty county = countyResolver.resolve(option ? parameters.countyHint() : null,
                    option ? null : parameters.countyHint(), "", fileName, java.util.Map::of);
            submissions.assignCounty(id, county.county().code(), county.source());
        }
        catch (FileRejectedException unknown) {
            // no clue to the county: the receipt goes to the city
        }
    }
}
