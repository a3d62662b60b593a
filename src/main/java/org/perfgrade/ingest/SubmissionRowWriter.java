package org.perfgrade.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.problem.ProblemLevel;
import org.perfgrade.ingest.rules.ValidatedRow;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.SubmissionContext;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores a chunk of validated rows: the accepted ones go to the ledger (which may still refuse a row, e.g. a
 * duplicate in the file or a name that differs from the registered one), every problem goes to the submission's
 * problem list, and the counts move on — all in the chunk's transaction, so a restart neither loses nor repeats.
 */
@Component
@StepScope
class SubmissionRowWriter implements ItemWriter<ValidatedRow<?>> {

    private final long submissionId;
    private final SubmissionKind kind;
    private final SubmissionContext context;
    private final SubmissionRowReader reader;
    private final SubmissionRepository submissions;
    private final LedgerImport ledger;

    SubmissionRowWriter(@Value("#{jobParameters['submission']}") Long submissionId,
                        @Value("#{jobParameters['runDate']}") LocalDate asOf, SubmissionRepository submissions,
                        SubmissionRowReader reader, LedgerImport ledger) {
        SubmissionRepository.Submission s = submissions.find(submissionId);
        this.submissionId = submissionId;
        this.kind = SubmissionKind.valueOf(s.kind());
        this.context = new SubmissionContext(submissionId, s.countyCode(), asOf,
                s.fileName() + "（SHA-256 " + s.sha256().substring(0, 12) + "）");
        this.reader = reader;
        this.submissions = submissions;
        this.ledger = ledger;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public void write(Chunk<? extends ValidatedRow<?>> chunk) {
        List<RowFacts> accepted = new ArrayList<>();
        for (ValidatedRow<?> row : chunk) {
            if (row.accepted()) {
                accepted.add(new RowFacts<>(row.rowNumber(), row.facts()));
            }
        }
        List<RowOutcome> outcomes = accepted.isEmpty() ? List.of() : switch (kind) {
            case LEDGER -> ledger.applyLedgerRows(context, (List) accepted);
            case IMPROVEMENT -> ledger.applyImprovementRows(context, (List) accepted);
            case APPLICATION -> ledger.applyApplicationRows(context, (List) accepted);
            case VIOLATION -> ledger.applyViolationRows(context, (List) accepted);
            case EXPERT -> ledger.applyExpertRows(context, (List) accepted);
            case WORK_PLAN -> throw new IllegalStateException("工作计划是文档，没有数据行");
        };
        Map<Integer, RowOutcome> byRow = new HashMap<>();
        outcomes.forEach(o -> byRow.put(o.rowNumber(), o));
        List<Problem> problems = new ArrayList<>();
        int rejected = 0;
        int warnings = 0;
        for (ValidatedRow<?> row : chunk) {
            List<Problem> rowProblems = new ArrayList<>(row.problems());
            RowOutcome outcome = byRow.get(row.rowNumber());
            if (outcome != null) {
                outcome.issues().forEach(issue -> rowProblems.add(problem(row.rowNumber(), issue, outcome.stored())));
            }
            boolean stored = row.accepted() && (outcome == null || outcome.stored());
            rejected += stored ? 0 : 1;
            warnings += (int) rowProblems.stream().filter(p -> p.level() == ProblemLevel.WARNING).count();
            problems.addAll(rowProblems);
        }
        submissions.addProblems(submissionId, problems);
        submissions.addSkipped(submissionId, reader.takeSkipped());
        submissions.addCounts(submissionId, chunk.size(), chunk.size() - rejected, rejected, warnings);
    }

    private Problem problem(int rowNumber, LedgerIssue issue, boolean stored) {
        ProblemCode code = switch (issue.type()) {
            case DUPLICATE_IN_SUBMISSION -> ProblemCode.R11_DUPLICATE_LINE;
            case NAME_MISMATCH -> ProblemCode.R12_NAME_MISMATCH;
            case ENTERPRISE_ADDED -> ProblemCode.R14_ENTERPRISE_ADDED;
            case REMARKS_COMPLETED -> ProblemCode.R13_REMARKS_COMPLETED;
            case INDUSTRY_NOT_IN_LEDGER -> stored ? ProblemCode.R20_INDUSTRY_NOT_IN_LEDGER
                    : ProblemCode.R19_NOT_IN_LEDGER;
            case UNKNOWN_INDUSTRY -> ProblemCode.R04_INDUSTRY_UNKNOWN;
            case BATCH_CORRECTED -> ProblemCode.R21_BATCH_CORRECTED;
            case EXPERT_OPINION_MISSING -> ProblemCode.R22_EXPERT_OPINION_MISSING;
            case EXPERT_BARRED -> ProblemCode.R23_EXPERT_BARRED;
            case EXPERT_NOT_REGISTERED -> ProblemCode.R24_EXPERT_NOT_REGISTERED;
            case GRADE_HELD_AFTER_VIOLATION -> ProblemCode.R25_GRADE_HELD_AFTER_VIOLATION;
            case OTHER_COUNTY_ENTERPRISE -> ProblemCode.R33_OTHER_COUNTY_ENTERPRISE;
        };
        Column column = switch (issue.type()) {
            case NAME_MISMATCH -> Column.ENTERPRISE_NAME;
            case OTHER_COUNTY_ENTERPRISE -> issue.detail() != null && issue.detail().matches("[0-9A-Z]{18}")
                    ? Column.CREDIT_CODE : Column.ENTERPRISE_NAME;
            case REMARKS_COMPLETED -> Column.REMARKS;
            case UNKNOWN_INDUSTRY, INDUSTRY_NOT_IN_LEDGER -> Column.INDUSTRY;
            case BATCH_CORRECTED -> Column.REVIEW_BATCH;
            case EXPERT_OPINION_MISSING, EXPERT_BARRED, EXPERT_NOT_REGISTERED -> Column.EXPERTS;
            case GRADE_HELD_AFTER_VIOLATION -> Column.GRADE;
            default -> null;
        };
        DetectedSheet sheet = reader.sheet();
        String letter = column == null ? null : sheet.columnLetter(column).orElse(null);
        return new Problem(code, sheet.sheetName(), rowNumber, letter, column == null ? null : column.title(),
                issue.detail(), (letter == null ? "第 " + rowNumber + " 行：" : letter + rowNumber + " ")
                        + issue.message());
    }
}
