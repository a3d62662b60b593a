package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.time.LocalDate;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 绩效分级评审专家（第三方）名单 row rules: 姓名, 工作单位, 专业领域, 县、区 and 报送日期 are required; the county is
 * one of the configured units and the one that sent the file (an alias read with R32); 报送日期 is an exact date
 * (Chinese numerals, serial numbers: R31).
 */
public final class ExpertRowValidator implements RowValidator<ExpertFacts> {

    private final boolean strict;
    /** The campaign year (config/calendar.yml): Excel serial numbers are taken as dates within a year of it. */
    private final int year;

    private final EnterpriseCells places;

    public ExpertRowValidator(ReferenceData reference, County submittingCounty) {
        this(reference, submittingCounty, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction (更正) is an error */
    public ExpertRowValidator(ReferenceData reference, County submittingCounty, boolean strict) {
        this.strict = strict;
        this.year = reference.calendar().year();
        this.places = new EnterpriseCells(reference, submittingCounty);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.EXPERT;
    }

    @Override
    public ValidatedRow<ExpertFacts> validate(SourceRow source) {
        RowContext row = new RowContext(source, strict);
        String name = row.name(EXPERT_NAME, true);
        String organisation = row.name(ORGANISATION, true);
        String field = row.name(FIELD, true);
        String county = places.county(row, true);
        LocalDate reportedOn = TypedCells.date(row, REPORTED_ON, true, year);
        String remarks = row.text(REMARKS, false);
        return row.result(() -> new ExpertFacts(name, organisation, field, county, reportedOn, remarks));
    }
}
