package org.perfgrade.ingest.rules;

import java.util.Objects;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 行规则工厂: the one place the importer gets the validator of a file's kind, built on the campaign's reference data
 * and the county that sent the file (rows naming another county are R03).
 * <pre>
 * RowValidator&lt;?&gt; validator = RowValidators.forKind(SubmissionKind.IMPROVEMENT, reference, county);
 * for (SourceRow row : rows) {
 *     ValidatedRow&lt;?&gt; checked = validator.validate(row);
 *     // checked.accepted() → store checked.facts(); checked.problems() → the receipt
 * }
 * </pre>
 */
public final class RowValidators {

    private RowValidators() {
    }

    /** The validator of a kind; its facts are the kind's record (LedgerLineFacts, ImprovementPlanFacts …). */
    public static RowValidator<?> forKind(SubmissionKind kind, ReferenceData reference, County submittingCounty) {
        return forKind(kind, reference, submittingCounty, false);
    }

    /** As {@link #forKind(SubmissionKind, ReferenceData, County)}; {@code strict} makes every correction an error. */
    public static RowValidator<?> forKind(SubmissionKind kind, ReferenceData reference, County submittingCounty,
                                          boolean strict) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        return switch (kind) {
            case LEDGER -> new LedgerRowValidator(reference, submittingCounty, strict);
            case IMPROVEMENT -> new ImprovementRowValidator(reference, submittingCounty, strict);
            case APPLICATION -> new ApplicationRowValidator(reference, submittingCounty, strict);
            case VIOLATION -> new ViolationRowValidator(reference, submittingCounty, strict);
            case EXPERT -> new ExpertRowValidator(reference, submittingCounty, strict);
            case WORK_PLAN -> throw new IllegalArgumentException("工作计划是文档，没有数据行可校验");
        };
    }
}
