package org.perfgrade.notice;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.ledger.asof.GradeChanges;
import org.perfgrade.ledger.asof.PeriodRecords;
import org.perfgrade.ledger.asof.StandingApplications;
import org.perfgrade.ledger.asof.StandingLines;

import org.springframework.stereotype.Repository;

/**
 * 通报所需台账数据: what the notices read from the ledger as of a date besides the snapshot — the grade changes in a
 * period, the lines graded D on the day, the experts barred in a period and the opinions they signed that the city or
 * province did not pass — asked of the ledger's {@code asof} queries and put in the notices' terms; sorting is done
 * in Java.
 */
@Repository
class NoticeLedgerQuery {

    private final GradeChanges history;
    private final StandingLines lines;
    private final PeriodRecords records;
    private final StandingApplications applications;

    NoticeLedgerQuery(GradeChanges history, StandingLines lines, PeriodRecords records,
                      StandingApplications applications) {
        this.history = history;
        this.lines = lines;
        this.records = records;
        this.applications = applications;
    }

    /** Every grade event effective after {@code after} up to {@code until}, oldest first. */
    List<GradeChange> changes(LocalDate after, LocalDate until) {
        return history.changes(after, until).stream().map(c -> new GradeChange(c.id(), c.lineId(), c.effectiveOn(),
                c.oldGrade(), c.newGrade(), c.reason(), c.countyCode(), c.enterprise(), c.creditCode(),
                c.industry())).toList();
    }

    /** The lines that count on the day whose grade that day is one of {@code grades}. */
    List<GradedLine> linesGraded(LocalDate day, List<String> grades) {
        return lines.listed(day).stream().filter(l -> l.grade() != null && grades.contains(l.grade()))
                .map(l -> new GradedLine(l.id(), l.countyCode(), l.enterpriseName(), l.creditCode(), l.industry(),
                        l.industryOrder(), l.grade()))
                .toList();
    }

    /** Experts whose bar (通报批评) starts after {@code after} up to {@code until}. */
    List<BarredExpert> barred(LocalDate after, LocalDate until) {
        return records.barred(after, until).stream().map(e -> new BarredExpert(e.id(), e.name(), e.organisation(),
                e.countyCode(), e.barredFrom(), e.barredUntil(), e.barNotice())).toList();
    }

    /**
     * Applications whose experts cell mentions the name and which the city or the province did not pass (不通过), with
     * an opinion dated on or before {@code until}. The caller matches the signatories exactly.
     */
    List<RejectedOpinion> rejectedOpinions(String name, LocalDate until) {
        return applications.refusedMentioning(name, REJECTED, until).stream().map(a -> new RejectedOpinion(a.id(),
                a.experts(), a.appliedGrade(), a.opinionDate(), REJECTED.equals(a.cityResult()),
                REJECTED.equals(a.provincialResult()), a.remarks(), a.countyCode(), a.enterprise(), a.industry()))
                .toList();
    }

    /** The result text of an application not passed. */
    static final String REJECTED = "不通过";

    /** One grade event with its enterprise. */
    record GradeChange(long id, long lineId, LocalDate effectiveOn, String oldGrade, String newGrade, String reason,
                       String countyCode, String enterprise, String creditCode, String industry) {
    }

    /** A line with its grade on the day. */
    record GradedLine(long lineId, String countyCode, String enterprise, String creditCode, String industry,
                      int industryOrder, String grade) {
    }

    /** An expert register entry with its bar. */
    record BarredExpert(long id, String name, String organisation, String countyCode, LocalDate barredFrom,
                        LocalDate barredUntil, String barNotice) {
    }

    /** An application not passed by the city or the province, with its signatories as written. */
    record RejectedOpinion(long id, String experts, String appliedGrade, LocalDate opinionDate, boolean cityRejected,
                           boolean provincialRejected, String remarks, String countyCode, String enterprise,
                           String industry) {
    }
}
