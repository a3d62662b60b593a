package org.perfgrade.ledger.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.ledger.FactText;
import org.perfgrade.ledger.facts.LedgerIssue;
import org.perfgrade.ledger.facts.LedgerIssueType;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the active 重点行业 and 分支 rows a fact names. One resolver serves one chunk, so the handful of industries
 * in a county file is looked up once per chunk and a change of config is seen by the next chunk.
 */
public final class IndustryResolver {

    private final JdbcClient jdbc;
    private final Map<String, Optional<Long>> industries = new HashMap<>();
    private final Map<String, Optional<Long>> branches = new HashMap<>();
    private final Map<Long, String> branchNames = new HashMap<>();

    public IndustryResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The industry and branch, or an UNKNOWN_INDUSTRY issue saying which one is not in the reference data. */
    public Resolved resolve(String industryName, String branchName) {
        String industry = FactText.clean(industryName);
        String branch = FactText.clean(branchName);
        if (industry == null) {
            return new Resolved(null, LedgerIssue.of(LedgerIssueType.UNKNOWN_INDUSTRY, "重点行业类型为空，无法登记"));
        }
        Optional<Long> industryId = industries.computeIfAbsent(industry, name -> jdbc
                .sql("SELECT id FROM industry WHERE name = :name AND active = TRUE")
                .param("name", name).query(Long.class).optional());
        if (industryId.isEmpty()) {
            return new Resolved(null, LedgerIssue.of(LedgerIssueType.UNKNOWN_INDUSTRY,
                    "重点行业类型“" + industry + "”不在参考数据的行业名录中（或已停用），本行未登记"));
        }
        if (branch == null) {
            return new Resolved(new IndustryRef(industryId.get(), null, industry, null), null);
        }
        Optional<Long> branchId = branches.computeIfAbsent(industryId.get() + "/" + branch, key -> jdbc
                .sql("SELECT id FROM industry_branch WHERE industry_id = :industry AND name = :name AND active = TRUE")
                .param("industry", industryId.get()).param("name", branch).query(Long.class).optional());
        if (branchId.isEmpty()) {
            return new Resolved(null, LedgerIssue.of(LedgerIssueType.UNKNOWN_INDUSTRY,
                    "重点行业分支“" + branch + "”不是参考数据中“" + industry + "”行业的分支（或已停用），本行未登记"));
        }
        return new Resolved(new IndustryRef(industryId.get(), branchId.get(), industry, branch), null);
    }

    /**
     * The industry with the branch of a stored line (its branch key) when the row named none: a row without branch
     * refers to the one branched line, which is graded on its branch's scheme.
     */
    public IndustryRef withLineBranch(IndustryRef ref, long lineBranchKey) {
        if (ref.branchId() != null || lineBranchKey == 0L) {
            return ref;
        }
        String name = branchNames.computeIfAbsent(lineBranchKey, id -> jdbc
                .sql("SELECT name FROM industry_branch WHERE id = :id").param("id", id).query(String.class).single());
        return new IndustryRef(ref.industryId(), lineBranchKey, ref.industry(), name);
    }

    /** Either the industry or the issue that prevents storing the row. */
    public record Resolved(IndustryRef ref, LedgerIssue issue) {
    }
}
