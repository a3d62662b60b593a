package org.perfgrade.ledger.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.ledger.facts.EnterpriseFacts;
import org.perfgrade.ledger.write.EnterpriseRegistry.Match;
import org.perfgrade.ledger.write.LedgerLineStore.StoredLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 退出预估 (held check, 待市局确认): before a 清单台账 or 附件2 replaces what its county holds, how much it would retire.
 * A pass over the file's accepted rows finds, without changing anything, which of the county's active ledger lines
 * (or the plans on them) each row names — the enterprise as {@link EnterpriseRegistry#find} would match it (never
 * another county's), the industry, and the branch (a row or a line without a branch names the enterprise's lines of
 * the industry, as a later file naming the branch updates the same line). The ids are noted with intake
 * ({@link KeptTargets}); what the county holds and the file does not name would retire. Each chunk is one transaction and its ids are a
 * set, so a restarted pass neither loses nor double-counts.
 */
@Service
public class RetirementPreview {

    private static final String COUNTY_LINES = "SELECT l.id FROM ledger_line l JOIN enterprise e ON e.id = l.enterprise_id "
            + "WHERE e.county_code = :county AND l.retired_on IS NULL";

    private static final String COUNTY_PLANS = "SELECT p.id FROM improvement_plan p JOIN ledger_line l "
            + "ON l.id = p.ledger_line_id JOIN enterprise e ON e.id = l.enterprise_id "
            + "WHERE e.county_code = :county AND p.retired_on IS NULL";

    private final JdbcClient jdbc;
    private final KeptTargets kept;
    private final EnterpriseRegistry enterprises;
    private final LedgerLineStore lines;
    private final ImprovementPlanStore plans;

    RetirementPreview(JdbcClient jdbc, KeptTargets kept, EnterpriseRegistry enterprises, LedgerLineStore lines,
                      ImprovementPlanStore plans) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.enterprises = enterprises;
        this.lines = lines;
        this.plans = plans;
    }

    /** Whether the check concerns a kind: 清单台账 (lines) or 附件2 (plans); other kinds are never held. */
    public enum Target {
        LEDGER_LINES(COUNTY_LINES), IMPROVEMENT_PLANS(COUNTY_PLANS);

        private final String countySql;

        Target(String countySql) {
            this.countySql = countySql;
        }
    }

    /** One accepted row as the check needs it: the enterprise, industry and branch it names. */
    public record NamedLine(EnterpriseFacts enterprise, String industry, String branch) {
    }

    /** How many lines or plans the county holds (active). */
    @Transactional(readOnly = true)
    public int held(Target target, String countyCode) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + target.countySql + ") t").param("county", countyCode)
                .query(Integer.class).single();
    }

    /** Forgets what an earlier pass of the submission found (a new pass starts). */
    @Transactional
    public void forget(long submissionId) {
        kept.forget(submissionId);
    }

    /** Notes the county's active lines or plans a chunk of rows names; joins the chunk's transaction. */
    @Transactional
    public void note(Target target, long submissionId, String countyCode, List<NamedLine> rows) {
        Set<Long> named = target == Target.LEDGER_LINES ? lines(countyCode, rows)
                : plans.ofLines(lines(countyCode, rows)).values().stream()
                        .filter(p -> p.retiredOn() == null).map(ImprovementPlanStore.StoredPlan::id)
                        .collect(java.util.stream.Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<Long> known = kept.noted(submissionId, named);
        List<Long> fresh = new ArrayList<>();
        for (Long id : named) {
            if (!known.contains(id)) {
                fresh.add(id);
            }
        }
        if (!fresh.isEmpty()) {
            kept.note(submissionId, fresh);
        }
    }

    /** How many of the county's active lines or plans the submission does not name: what it would retire. */
    @Transactional(readOnly = true)
    public int wouldRetire(Target target, long submissionId, String countyCode) {
        Set<Long> named = kept.all(submissionId);
        int[] retiring = { 0 };
        jdbc.sql(target.countySql).param("county", countyCode).query((java.sql.ResultSet rs) -> {
            if (!named.contains(rs.getLong(1))) {
                retiring[0]++;
            }
        });
        return retiring[0];
    }

    /** The ids of the county's active lines the rows name. */
    private Set<Long> lines(String countyCode, List<NamedLine> rows) {
        ChunkEnterprises registry = new ChunkEnterprises(enterprises, countyCode,
                rows.stream().map(NamedLine::enterprise).toList());
        Map<Long, List<StoredLine>> byEnterprise = lines.ofEnterprises(registry.storedIds()).values().stream()
                .collect(java.util.stream.Collectors.groupingBy(StoredLine::enterpriseId));
        IndustryResolver industries = new IndustryResolver(jdbc);
        Set<Long> named = new HashSet<>();
        for (NamedLine row : rows) {
            IndustryResolver.Resolved industry = industries.resolve(row.industry(), row.branch());
            Match match = industry.issue() != null ? null : registry.find(row.enterprise());
            if (match == null || match.found() == null) {
                continue;
            }
            long enterpriseId = match.found().id();
            IndustryRef ref = industry.ref();
            for (StoredLine line : byEnterprise.getOrDefault(enterpriseId, List.of())) {
                if (line.industryId() == ref.industryId()
                        && line.retiredOn() == null && (ref.branchId() == null || line.branchKey() == 0
                        || line.branchKey() == ref.branchKey())) {
                    named.add(line.id());
                }
            }
        }
        return named;
    }
}
