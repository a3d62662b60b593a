package org.perfgrade.ingest;

import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ingest.rules.RowValidator;
import org.perfgrade.ingest.rules.RowValidators;
import org.perfgrade.ingest.rules.ValidatedRow;
import org.perfgrade.reference.ReferenceData;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Checks each row against the rules of its submission kind, for the county that submitted it. */
@Component
@StepScope
class RowValidationProcessor implements ItemProcessor<SourceRow, ValidatedRow<?>> {

    private final RowValidator<?> validator;

    RowValidationProcessor(@Value("#{jobParameters['submission']}") Long submissionId,
                           SubmissionRepository submissions, ReferenceData reference, IngestRules rules) {
        SubmissionRepository.Submission s = submissions.find(submissionId);
        this.validator = RowValidators.forKind(SubmissionKind.valueOf(s.kind()), reference,
                reference.countiesByCode().get(s.countyCode()), rules.strict());
    }

    @Override
    public ValidatedRow<?> process(SourceRow row) {
        return validator.validate(row);
    }
}
