package org.perfgrade.ledger.violation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.SubmissionContext;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;
import org.perfgrade.ledger.facts.RowFacts;
import org.perfgrade.ledger.facts.RowOutcome;
import org.perfgrade.ledger.facts.ViolationFacts;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.EnterpriseRegistry;
import org.perfgrade.ledger.write.IndustryResolver;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;
import org.perfgrade.ledger.write.LedgerLineStore;
import org.perfgrade.ledger.write.LedgerMessages;
import org.perfgrade.ledger.write.Stamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies 环境违法问题 rows. Each violation is a fact identified by enterprise, type, date found and source document:
 * written once, updated in place when reported again, never retired. It needs the enterprise in the ledger; when it
 * names an industry it is tied to the enterprise's one active line in that industry (a warning when there is none).
 * A violation of a type the downgrade rule lists is marked for the credit platform ({@code credit_listed},
 * 纳入信用信息共享平台) and downgrades the enterprise's lines ({@link ViolationDowngrade}).
 */
@Component
public class ViolationWriter {

    private static final String SAME_VIOLATION = "同一企业、同一问题类型、同一发现日期、同一来源文件";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final ViolationDowngrade downgrade;
    private final Clock clock;

    ViolationWriter(JdbcClient jdbc, EnterpriseRegistry enterprises, LedgerLineStore lines,
                    ViolationDowngrade downgrade, Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.lines = lines;
        this.downgrade = downgrade;
        this.clock = clock;
    }

    public List<RowOutcome> apply(SubmissionContext ctx, List<RowFacts<ViolationFacts>> rows) {
        IndustryResolver industries = new IndustryResolver(jdbc);
        LocalDateTime now = LocalDateTime.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (RowFacts<ViolationFacts> row : rows) {
            outcomes.add(apply(ctx, row.rowNumber(), row.facts(), industries, now));
        }
        return outcomes;
    }

    private RowOutcome apply(SubmissionContext ctx, int rowNumber, ViolationFacts facts, IndustryResolver industries,
                             LocalDateTime now) {
        Objects.requireNonNull(facts.type(), () -> "第 " + rowNumber + " 行：违法问题类型为空");
        Objects.requireNonNull(facts.foundOn(), () -> "第 " + rowNumber + " 行：发现日期为空");
        Match match = enterprises.find(facts.enterprise(), ctx.countyCode());
        if (match.mismatch() != null) {
            return RowOutcome.refused(rowNumber, match.mismatch());
        }
        if (match.found() == null) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER,
                    LedgerMessages.enterpriseNotInLedger(LedgerMessages.enterprise(FactText.clean(
                            facts.enterprise().name()), FactText.creditCode(facts.enterprise().creditCode())),
                            "违法问题")));
        }
        long enterpriseId = match.found().id();
        List<LedgerIssue> warnings = new ArrayList<>();
        Long industryId = null;
        Long lineId = null;
        String industryName = FactText.clean(facts.industry());
        if (industryName != null) {
            IndustryResolver.Resolved industry = industries.resolve(industryName, null);
            if (industry.issue() != null) {
                return RowOutcome.refused(rowNumber, industry.issue());
            }
            industryId = industry.ref().industryId();
            List<StoredLine> active = lines.activeInIndustry(enterpriseId, industryId);
            if (active.size() == 1) {
                lineId = active.get(0).id();
            }
            else if (active.isEmpty()) {
                warnings.add(LedgerIssue.of(LedgerIssueType.INDUSTRY_NOT_IN_LEDGER,
                        LedgerMessages.violationIndustryNotInLedger(match.found().label(), industryName)));
            }
        }
        String source = Objects.requireNonNullElse(FactText.clean(facts.sourceDocument()), "");
        boolean creditListed = downgrade.triggeredBy(facts.type());
        Optional<Stored> stored = jdbc.sql("SELECT id, industry_id, ledger_line_id, description, remarks, "
                + "credit_listed, last_submission_id, last_row_no FROM violation WHERE enterprise_id = :enterprise "
                + "AND violation_type = :type AND found_on = :found AND source_document = :source")
                .param("enterprise", enterpriseId).param("type", facts.type().name())
                .param("found", facts.foundOn()).param("source", source)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getObject("industry_id", Long.class),
                        rs.getObject("ledger_line_id", Long.class), rs.getString("description"),
                        rs.getString("remarks"), rs.getBoolean("credit_listed"),
                        new Stamp(rs.getObject("last_submission_id", Long.class),
                        rs.getObject("last_row_no", Integer.class))))
                .optional();
        if (stored.isPresent() && stored.get().stamp().isOtherRow(ctx, rowNumber)) {
            return RowOutcome.refused(rowNumber, LedgerIssue.of(LedgerIssueType.DUPLICATE_IN_SUBMISSION,
                    LedgerMessages.duplicate(stored.get().stamp().rowNo(), SAME_VIOLATION)));
        }
        Stamp stamp = new Stamp(ctx.submissionId(), rowNumber);
        if (stored.isEmpty()) {
            jdbc.sql("INSERT INTO violation (enterprise_id, industry_id, ledger_line_id, violation_type, description, "
                    + "found_on, source_document, remarks, credit_listed, submission_id, last_submission_id, "
                    + "last_row_no, created_at, updated_at) VALUES (:enterprise, :industry, :line, :type, "
                    + ":description, :found, :source, :remarks, :listed, :submission, :submission, :row, :now, :now)")
                    .param("enterprise", enterpriseId).param("industry", industryId).param("line", lineId)
                    .param("type", facts.type().name()).param("description", FactText.clean(facts.description()))
                    .param("found", facts.foundOn()).param("source", source)
                    .param("remarks", FactText.clean(facts.remarks())).param("listed", creditListed)
                    .param("submission", ctx.submissionId()).param("row", rowNumber).param("now", now).update();
            downgrade.apply(enterpriseId, facts.type(), facts.foundOn(), source, ctx, now);
            return RowOutcome.stored(rowNumber, warnings);
        }
        Stored s = stored.get();
        Stored merged = new Stored(s.id(), industryId, lineId,
                FactText.orStored(FactText.clean(facts.description()), s.description()),
                FactText.orStored(FactText.clean(facts.remarks()), s.remarks()), creditListed, stamp);
        if (!merged.equals(s)) {
            jdbc.sql("UPDATE violation SET industry_id = :industry, ledger_line_id = :line, description = :description, "
                    + "remarks = :remarks, credit_listed = :listed, last_submission_id = :submission, "
                    + "last_row_no = :row, updated_at = :now WHERE id = :id")
                    .param("industry", merged.industryId()).param("line", merged.ledgerLineId())
                    .param("description", merged.description()).param("remarks", merged.remarks())
                    .param("listed", merged.creditListed())
                    .param("submission", ctx.submissionId()).param("row", rowNumber).param("now", now)
                    .param("id", s.id()).update();
        }
        downgrade.apply(enterpriseId, facts.type(), facts.foundOn(), source, ctx, now);
        return RowOutcome.stored(rowNumber, warnings);
    }

    private record Stored(long id, Long industryId, Long ledgerLineId, String description, String remarks,
                          boolean creditListed, Stamp stamp) {
    }
}
