package org.perfgrade.ledger.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.SubmissionRetirement;
import org.perfgrade.ledger.facts.ExpertFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.write.LedgerMessages;
import org.perfgrade.ledger.write.Stamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 专家（第三方）名单 rows: the county's register of experts, one entry per county × name × organisation. A
 * newer list replaces the county's register (see {@link SubmissionRetirement}); a bar set after 通报批评
 * ({@code barred_until}) belongs to the city and is never changed by an import.
 */
@Component
public class ExpertRegisterWriter {

    private static final String SAME_EXPERT = "同一县区、同一姓名、同一单位";

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpertRegisterWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<ExpertFacts>> rows) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<ExpertFacts> row : rows) {
            outcomes.add(apply(ctx, row.rowNumber(), row.facts(), now));
        }
        return outcomes;
    }

    private RowOutcome apply(SubmissionContext ctx, int rowNumber, ExpertFacts facts, LocalDateTime now) {
        String name = Objects.requireNonNull(FactText.clean(facts.name()), () -> "第 " + rowNumber + " 行：专家姓名为空");
        String county = Objects.requireNonNullElse(FactText.clean(facts.countyCode()), ctx.countyCode());
        String organisation = Objects.requireNonNullElse(FactText.clean(facts.organisation()), "");
        Optional<Stored> stored = jdbc.sql("SELECT id, field, reported_on, remarks, last_submission_id, last_row_no, "
                + "retired_on FROM expert WHERE county_code = :county AND name = :name AND organisation = :organisation")
                .param("county", county).param("name", name).param("organisation", organisation)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("field"),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("remarks"),
                        new Stamp(rs.getObject("last_submission_id", Long.class),
                                rs.getObject("last_row_no", Integer.class)),
                        rs.getObject("retired_on", LocalDate.class)))
                .optional();
        if (stored.isPresent() && stored.get().stamp().isOtherRow(ctx, rowNumber)) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                    LedgerMessages.duplicate(stored.get().stamp().rowNo(), SAME_EXPERT)));
        }
        Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
        if (stored.isEmpty()) {
            jdbc.sql("INSERT INTO expert (name, organisation, field, county_code, reported_on, remarks, submission_id, "
                    + "last_submission_id, last_row_no, created_at, updated_at) VALUES (:name, :organisation, :field, "
                    + ":county, :reported, :remarks, :submission, :submission, :row, :now, :now)")
                    .param("name", name).param("organisation", organisation)
                    .param("field", FactText.clean(facts.field())).param("county", county)
                    .param("reported", facts.reportedOn()).param("remarks", FactText.clean(facts.remarks()))
                    .param("submission", ctx.submissionId()).param("row", rowNumber).param("now", now).update();
            return RowOutcome.stored(rowNumber, List.of());
        }
        Stored s = stored.get();
        Stored merged = new Stored(s.id(), FactText.orStored(FactText.clean(facts.field()), s.field()),
                FactText.orStored(facts.reportedOn(), s.reportedOn()),
                FactText.orStored(FactText.clean(facts.remarks()), s.remarks()), stamp, null);
        if (!merged.equals(s)) {
            jdbc.sql("UPDATE expert SET field = :field, reported_on = :reported, remarks = :remarks, "
                    + "last_submission_id = :submission, last_row_no = :row, retired_on = NULL, "
                    + "retired_by_submission_id = NULL, updated_at = :now WHERE id = :id")
                    .param("field", merged.field()).param("reported", merged.reportedOn())
                    .param("remarks", merged.remarks()).param("submission", ctx.submissionId())
                    .param("row", rowNumber).param("now", now).param("id", s.id()).update();
        }
        return RowOutcome.stored(rowNumber, List.of());
    }

    private record Stored(long id, String field, LocalDate reportedOn, String remarks, Stamp stamp,
                          LocalDate retiredOn) {
    }
}
