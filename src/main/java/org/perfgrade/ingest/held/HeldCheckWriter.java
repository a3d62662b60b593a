package org.perfgrade.ingest.held;

import java.util.ArrayList;
import java.util.List;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.SubmissionRepository;
import org.perfgrade.ingest.problem.Problem;
import org.perfgrade.ingest.rules.ValidatedRow;
import org.perfgrade.ledger.facts.ImprovementPlanFacts;
import org.perfgrade.ledger.facts.LedgerLineFacts;
import org.perfgrade.ledger.write.RetirementPreview;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The writer of {@code checkRows} (the held check's pass over the rows): changes nothing in the ledger. It records
 * each row's problems and the counts, as the receipt of a held file shows them, and notes which of the county's
 * lines or plans the accepted rows name ({@link RetirementPreview}). All in the chunk's transaction.
 */
@Component
@StepScope
public class HeldCheckWriter implements ItemWriter<ValidatedRow<?>> {

    private final long submissionId;
    private final String countyCode;
    private final RetirementPreview.Target target;
    private final SubmissionRepository submissions;
    private final RetirementPreview preview;

    HeldCheckWriter(@Value("#{jobParameters['submission']}") Long submissionId, SubmissionRepository submissions,
                    RetirementPreview preview) {
        SubmissionRepository.Submission s = submissions.find(submissionId);
        this.submissionId = submissionId;
        this.countyCode = s.countyCode();
        this.target = HeldCheckTasklet.target(SubmissionKind.valueOf(s.kind()));
        this.submissions = submissions;
        this.preview = preview;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow<?>> chunk) {
        List<RetirementPreview.NamedLine> named = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int rejected = 0;
        int warnings = 0;
        for (ValidatedRow<?> row : chunk) {
            problems.addAll(row.problems());
            warnings += row.warnings().size();
            if (!row.accepted()) {
                rejected++;
            }
            else if (row.facts() instanceof LedgerLineFacts f) {
                named.add(new RetirementPreview.NamedLine(f.enterprise(), f.industry(), f.branch()));
            }
            else if (row.facts() instanceof ImprovementPlanFacts f) {
                named.add(new RetirementPreview.NamedLine(f.enterprise(), f.industry(), f.branch()));
            }
        }
        if (target != null && !named.isEmpty()) {
            preview.note(target, submissionId, countyCode, named);
        }
        submissions.addProblems(submissionId, problems);
        submissions.addCounts(submissionId, chunk.size(), chunk.size() - rejected, rejected, warnings);
    }
}
