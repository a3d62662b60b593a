package org.perfgrade.ledger.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.ReviewBatches;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.ApplicationFacts;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.write.BranchPending;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.EnterpriseRegistry;
import org.perfgrade.ledger.write.IndustryRef;
import org.perfgrade.ledger.write.IndustryResolver;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;
import org.perfgrade.ledger.write.LedgerLineStore;
import org.perfgrade.ledger.write.LedgerMessages;
import org.perfgrade.ledger.write.Stamp;
import org.perfgrade.reference.Deadline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 绩效分级申报及评审结果 rows: one current application per ledger line. An application needs the enterprise
 * and its active line in the ledger (an application the ledger cannot place is an error, INDUSTRY_NOT_IN_LEDGER).
 * The line is found as {@link BranchPending} says (a line 分支待补充 takes the branch an accepted application names).
 * A result or date the county left empty keeps the stored one, so a later list never erases a level's decision.
 * <p>
 * The review flow of the plan (section 四(三), 五(二)): the batch is the one {@link ReviewBatches} gives the line
 * (a different batch written by the county is corrected, BATCH_CORRECTED); a county pass of an A/B-class grade
 * needs a signed expert opinion and no barred expert ({@link ExpertOpinionCheck}); the province's grade becomes a
 * REVIEW event ({@link ReviewCertification}), while the county's and the city's results are recorded only.
 */
@Component
public class ApplicationWriter {

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final ReviewBatches batches;
    private final ExpertOpinionCheck opinions;
    private final ReviewCertification certification;
    private final Clock clock;

    ApplicationWriter(JdbcClient jdbc, EnterpriseRegistry enterprises, LedgerLineStore lines, ReviewBatches batches,
                      ExpertOpinionCheck opinions, ReviewCertification certification, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.lines = lines;
        this.batches = batches;
        this.opinions = opinions;
        this.certification = certification;
        this.clock = clock;
    }

    public List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<ApplicationFacts>> rows) {
        IndustryResolver industries = new IndustryResolver(jdbc);
        LocalDateTime now = LocalDateTime.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<ApplicationFacts> row : rows) {
            outcomes.add(apply(ctx, row.rowNumber(), row.facts(), industries, now));
        }
        return outcomes;
    }

    private RowOutcome apply(SubmissionContext ctx, int rowNumber, ApplicationFacts facts, IndustryResolver industries,
                             LocalDateTime now) {
        IndustryResolver.Resolved industry = industries.resolve(facts.industry(), facts.branch());
        if (industry.issue() != null) {
            return RowOutcome.refused(rowNumber, industry.issue());
        }
        Match match = enterprises.find(facts.enterprise(), ctx.countyCode());
        if (match.mismatch() != null) {
            return RowOutcome.refused(rowNumber, match.mismatch());
        }
        String enterpriseLabel = LedgerMessages.enterprise(FactText.clean(facts.enterprise().name()),
                FactText.creditCode(facts.enterprise().creditCode()));
        if (match.found() == null) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER,
                    LedgerMessages.enterpriseNotInLedger(enterpriseLabel, "申报")));
        }
        Optional<BranchPending.Found> found = lines.findFor(match.found().id(), industry.ref());
        Optional<StoredLine> line = found.map(BranchPending.Found::line);
        if (line.isEmpty() || line.get().retiredOn() != null) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER,
                    LedgerMessages.industryNotInLedger(match.found().label(), industry.ref(),
                            line.map(StoredLine::retiredOn).orElse(null))));
        }
        long lineId = line.get().id();
        Optional<Stored> stored = find(lineId);
        if (stored.isPresent() && stored.get().stamp().isOtherRow(ctx, rowNumber)) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                    LedgerMessages.duplicate(stored.get().stamp().rowNo(), LedgerMessages.SAME_LINE)));
        }
        List<LedgerIssue> warnings = new ArrayList<>();
        Integer batch = batch(facts.batch(), industry.ref(), match.found().guarantee(), warnings);
        Content reported = new Content(FactText.grade(facts.appliedGrade()), batch,
                FactText.clean(facts.countyResult()), FactText.clean(facts.experts()), facts.opinionDate(),
                FactText.clean(facts.cityResult()), FactText.clean(facts.provincialResult()), facts.provincialDate(),
                FactText.clean(facts.remarks()));
        Content merged = stored.map(s -> reported.over(s.content())).orElse(reported);
        ExpertOpinionCheck.Verdict verdict = opinions.check(match.found().countyCode(), merged.countyResult(),
                merged.experts(), merged.opinionDate());
        if (verdict.error() != null) {
            return RowOutcome.refused(rowNumber, verdict.error());
        }
        warnings.addAll(verdict.warnings());
        if (found.get().takesBranch()) {
            // the line 分支待补充 takes the branch this accepted application names
            lines.setBranches(List.of(found.get().withBranchOf(industry.ref())), now);
        }
        Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
        if (stored.isEmpty()) {
            bind(jdbc.sql("INSERT INTO grade_application (ledger_line_id, applied_grade, batch_no, county_result, "
                    + "experts, opinion_date, city_result, provincial_result, provincial_date, remarks, submission_id, "
                    + "last_submission_id, last_row_no, recorded_on, created_at, updated_at) VALUES (:line, :grade, :batch, "
                    + ":county, :experts, :opinion, :city, :province, :provinceDate, :remarks, :submission, "
                    + ":submission, :row, :recorded, :now, :now)"), merged, stamp, now).param("line", lineId)
                    .param("recorded", ctx.asOf()).update();
        }
        else if (!merged.equals(stored.get().content()) || !stamp.equals(stored.get().stamp())
                || stored.get().retiredOn() != null) {
            bind(jdbc.sql("UPDATE grade_application SET applied_grade = :grade, batch_no = :batch, "
                    + "county_result = :county, experts = :experts, opinion_date = :opinion, city_result = :city, "
                    + "provincial_result = :province, provincial_date = :provinceDate, remarks = :remarks, "
                    + "last_submission_id = :submission, last_row_no = :row, retired_on = NULL, "
                    + "retired_by_submission_id = NULL, updated_at = :now WHERE id = :id"), merged, stamp, now)
                    .param("id", stored.get().id()).update();
        }
        certification.certify(lineId, industries.withLineBranch(industry.ref(), line.get().branchKey()), merged, ctx,
                now);
        return RowOutcome.stored(rowNumber, warnings);
    }

    /** The batch the plan gives the line; a different one written by the county is corrected with a warning. */
    private Integer batch(Integer written, IndustryRef industry, String guarantee, List<LedgerIssue> warnings) {
        Optional<Deadline> computed = batches.batch(industry.industry(), ReviewBatches.guarantee(guarantee));
        if (computed.isEmpty()) {
            return written;
        }
        Deadline batch = computed.get();
        if (written != null && written != batch.batch()) {
            warnings.add(LedgerIssue.of(LedgerIssueType.BATCH_CORRECTED, "审核批次填报为第" + written + "批，按行动方案"
                    + (guarantee != null ? "，" + ReviewBatches.guarantee(guarantee).label() + "企业"
                    : "，“" + industry.industry() + "”行业") + "应在"
                    + ReviewBatches.label(batch) + "审核认定，已按第" + batch.batch() + "批登记"));
        }
        return batch.batch();
    }

    private Optional<Stored> find(long lineId) {
        return jdbc.sql("SELECT id, applied_grade, batch_no, county_result, experts, opinion_date, city_result, "
                + "provincial_result, provincial_date, remarks, last_submission_id, last_row_no, retired_on "
                + "FROM grade_application WHERE ledger_line_id = :line").param("line", lineId)
                .query((rs, n) -> new Stored(rs.getLong("id"),
                        new Content(rs.getString("applied_grade"), rs.getObject("batch_no", Integer.class),
                                rs.getString("county_result"), rs.getString("experts"),
                                rs.getObject("opinion_date", LocalDate.class), rs.getString("city_result"),
                                rs.getString("provincial_result"), rs.getObject("provincial_date", LocalDate.class),
                                rs.getString("remarks")),
                        new Stamp(rs.getObject("last_submission_id", Long.class),
                                rs.getObject("last_row_no", Integer.class)),
                        rs.getObject("retired_on", LocalDate.class)))
                .optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Content c, Stamp stamp,
                                                 LocalDateTime now) {
        return spec.param("grade", c.appliedGrade()).param("batch", c.batch()).param("county", c.countyResult())
                .param("experts", c.experts()).param("opinion", c.opinionDate()).param("city", c.cityResult())
                .param("province", c.provincialResult()).param("provinceDate", c.provincialDate())
                .param("remarks", c.remarks()).param("submission", stamp.submissionId()).param("row", stamp.rowNo())
                .param("now", now);
    }

    /** What an application row says; {@link #over} keeps stored values where the row is empty. */
    record Content(String appliedGrade, Integer batch, String countyResult, String experts, LocalDate opinionDate,
                   String cityResult, String provincialResult, LocalDate provincialDate, String remarks) {

        Content over(Content s) {
            return new Content(FactText.orStored(appliedGrade, s.appliedGrade), FactText.orStored(batch, s.batch),
                    FactText.orStored(countyResult, s.countyResult), FactText.orStored(experts, s.experts),
                    FactText.orStored(opinionDate, s.opinionDate), FactText.orStored(cityResult, s.cityResult),
                    FactText.orStored(provincialResult, s.provincialResult),
                    FactText.orStored(provincialDate, s.provincialDate), FactText.orStored(remarks, s.remarks));
        }
    }

    private record Stored(long id, Content content, Stamp stamp, LocalDate retiredOn) {
    }
}
