package org.perfgrade.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效级别变更记录查询: an enterprise's lines with every event of their grade history, and the grade each line held
 * on a given day — what {@code perfgrade grade history} and {@code perfgrade grade as-of} print, and what a
 * correction shows afterwards. Read-only.
 */
@Service
public class GradeHistory {

    private final LedgerQueries queries;
    private final ReferenceData reference;

    GradeHistory(LedgerQueries queries, ReferenceData reference) {
        this.queries = queries;
        this.reference = reference;
    }

    /** Every line of the enterprise (active and retired) with its events, oldest first; empty for an unknown code. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseHistory> history(String creditCode) {
        List<LedgerLineView> lines = queries.lines(creditCode);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        LedgerLineView first = lines.get(0);
        return Optional.of(new EnterpriseHistory(first.creditCode(), first.enterpriseName(),
                countyName(first.countyCode()), lines.stream().map(this::line).toList()));
    }

    /** The grade of each line on the day (lines retired by then are marked inactive); empty for an unknown code. */
    @Transactional(readOnly = true)
    public Optional<EnterpriseGrades> asOf(String creditCode, LocalDate date) {
        List<LedgerLineView> lines = queries.lines(creditCode);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        LedgerLineView first = lines.get(0);
        return Optional.of(new EnterpriseGrades(first.creditCode(), first.enterpriseName(),
                countyName(first.countyCode()), date, lines.stream().map(l -> new LineGrade(l.id(), l.industry(),
                        l.branch(), queries.gradeAsOf(l.id(), date), l.retiredOn() == null
                        || l.retiredOn().isAfter(date))).toList()));
    }

    /** The history of one line. */
    LineHistory line(LedgerLineView l) {
        return new LineHistory(l.id(), l.industry(), l.branch(), l.grade(), l.active(), queries.history(l.id()));
    }

    private String countyName(String code) {
        return Optional.ofNullable(reference.countiesByCode().get(code)).map(County::name).orElse(code);
    }

    /** An enterprise's grade history, line by line. */
    public record EnterpriseHistory(String creditCode, String enterprise, String county, List<LineHistory> lines) {
    }

    /**
     * One line's history.
     *
     * @param grade  the current grade (null = 未评级)
     * @param active whether the county's newest ledger still lists the line
     */
    public record LineHistory(long lineId, String industry, String branch, String grade, boolean active,
                              List<GradeEventView> events) {
    }

    /** The grades of an enterprise's lines on one day. */
    public record EnterpriseGrades(String creditCode, String enterprise, String county, LocalDate date,
                                   List<LineGrade> lines) {
    }

    /** One line's grade on the day (null = 未评级); active: listed in the ledger on that day. */
    public record LineGrade(long lineId, String industry, String branch, String grade, boolean active) {
    }
}
