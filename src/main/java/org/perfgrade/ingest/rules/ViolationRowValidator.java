package org.perfgrade.ingest.rules;

import static org.perfgrade.ingest.header.Column.*;

import java.time.LocalDate;

import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.facts.ViolationType;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 重点行业企业环境违法问题清单 row rules: 企业名称, 县、区, 违法类型, 发现日期 and 依据文书 are required; 重点行业类型 is
 * optional (blank: the violation concerns the whole enterprise) but, when written, a configured industry (铸造行业,
 * aliases: R29). 发现日期 dates an event: only exact dates (Chinese numerals, serial numbers: R31). A 违法类型
 * other than 超标排放, 偷排偷放 or 污染治理设施不正常运行 is type 其他 with the county's wording kept as description.
 */
public final class ViolationRowValidator implements RowValidator<ViolationFacts> {

    private final boolean strict;
    /** The campaign year (config/calendar.yml): Excel serial numbers are taken as dates within a year of it. */
    private final int year;

    private final EnterpriseCells enterprise;
    private final LineCells lines;

    public ViolationRowValidator(ReferenceData reference, County submittingCounty) {
        this(reference, submittingCounty, false);
    }

    /** @param strict {@code perfgrade.ingest.strict}: every correction (更正) is an error */
    public ViolationRowValidator(ReferenceData reference, County submittingCounty, boolean strict) {
        this.strict = strict;
        this.year = reference.calendar().year();
        this.enterprise = new EnterpriseCells(reference, submittingCounty);
        this.lines = new LineCells(reference);
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.VIOLATION;
    }

    @Override
    public ValidatedRow<ViolationFacts> validate(SourceRow source) {
        RowContext row = new RowContext(source, strict);
        String creditCode = enterprise.creditCode(row, false);
        String name = enterprise.name(row);
        String county = enterprise.county(row, true);
        LineCells.Line line = lines.line(row, false, false);
        String written = row.name(VIOLATION_TYPE, true);
        ViolationType type = written == null ? null
                : ViolationType.fromLabel(written.replace(" ", "")).orElse(ViolationType.OTHER);
        String description = type == ViolationType.OTHER ? written : null;
        LocalDate foundOn = TypedCells.date(row, FOUND_ON, true, year);
        String sourceDocument = row.name(SOURCE_DOCUMENT, true);
        String remarks = row.text(REMARKS, false);
        return row.result(() -> new ViolationFacts(EnterpriseFacts.identity(creditCode, name, county),
                line.industryName(), type, description, foundOn, sourceDocument, remarks));
    }
}
