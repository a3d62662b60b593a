package org.perfgrade.ingest.header;

import static org.perfgrade.ingest.header.Column.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.ingest.SubmissionKind;

/**
 * The columns of each submission kind: in template order, and which of them a file must have. A file is
 * recognised as the kind whose required columns its header row holds (附件2 must hold all 13 of its columns).
 */
public record SubmissionLayout(SubmissionKind kind, List<Column> columns, Set<Column> required) {

    private static final Map<SubmissionKind, SubmissionLayout> LAYOUTS = new EnumMap<>(SubmissionKind.class);

    static {
        add(SubmissionKind.LEDGER,
                List.of(SEQUENCE, CREDIT_CODE, ENTERPRISE_NAME, COUNTY, TOWNSHIP, ADDRESS, INDUSTRY, BRANCH, GRADE,
                        PERMIT_NO, SO2, NOX, PM, VOCS, PRODUCTS, CAPACITY, PRODUCTION_LINES, LOW_VOCS, CLEAN_ENERGY,
                        GUARANTEE, HONOURS),
                Set.of(CREDIT_CODE, ENTERPRISE_NAME, COUNTY, INDUSTRY, BRANCH, GRADE, PERMIT_NO));
        add(SubmissionKind.IMPROVEMENT,
                List.of(SEQUENCE, CITY, COUNTY, ENTERPRISE_NAME, INDUSTRY, BRANCH, CURRENT_GRADE, TARGET_GRADE,
                        DIFFERENTIATING_INDEX, PROBLEMS, MEASURES, PLANNED_COMPLETION, REMARKS, CREDIT_CODE, PERMIT_NO),
                Set.of(SEQUENCE, CITY, COUNTY, ENTERPRISE_NAME, INDUSTRY, BRANCH, CURRENT_GRADE, TARGET_GRADE,
                        DIFFERENTIATING_INDEX, PROBLEMS, MEASURES, PLANNED_COMPLETION, REMARKS));
        add(SubmissionKind.APPLICATION,
                List.of(SEQUENCE, CREDIT_CODE, ENTERPRISE_NAME, COUNTY, INDUSTRY, BRANCH, APPLIED_GRADE, REVIEW_BATCH,
                        COUNTY_RESULT, EXPERTS, OPINION_DATE, CITY_RESULT, PROVINCIAL_RESULT, PROVINCIAL_DATE, REMARKS),
                Set.of(ENTERPRISE_NAME, COUNTY, INDUSTRY, BRANCH, APPLIED_GRADE, COUNTY_RESULT, EXPERTS,
                        OPINION_DATE));
        add(SubmissionKind.VIOLATION,
                List.of(SEQUENCE, CREDIT_CODE, ENTERPRISE_NAME, COUNTY, INDUSTRY, VIOLATION_TYPE, FOUND_ON,
                        SOURCE_DOCUMENT, REMARKS),
                Set.of(ENTERPRISE_NAME, COUNTY, VIOLATION_TYPE, FOUND_ON, SOURCE_DOCUMENT));
        add(SubmissionKind.EXPERT,
                List.of(SEQUENCE, EXPERT_NAME, ORGANISATION, FIELD, COUNTY, REPORTED_ON, REMARKS),
                Set.of(EXPERT_NAME, ORGANISATION, FIELD, COUNTY, REPORTED_ON));
    }

    private static void add(SubmissionKind kind, List<Column> columns, Set<Column> required) {
        LAYOUTS.put(kind, new SubmissionLayout(kind, List.copyOf(columns), Set.copyOf(required)));
    }

    public static SubmissionLayout of(SubmissionKind kind) {
        return LAYOUTS.get(kind);
    }

    public static List<SubmissionLayout> all() {
        return List.copyOf(LAYOUTS.values());
    }
}
