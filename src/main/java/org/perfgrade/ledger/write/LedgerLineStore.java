package org.perfgrade.ledger.write;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.ledger.SubmissionContext;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * 清单台账行的存取: the ledger lines as the writers need them — found by enterprise × industry × branch, inserted,
 * updated (which also un-retires them) and stamped with the submission row that reported them. A new line is listed
 * on the business date of its file ({@code listed_on}); a retired line listed again keeps its first date and
 * remembers its latest gap ({@code unlisted_from} … {@code relisted_on}), so that a past day re-run inside the gap
 * still shows it retired (only the latest gap is kept: an earlier one reads as listed, as before V23).
 */
@Repository
public class LedgerLineStore {

    private static final String COLUMNS = "id, enterprise_id, industry_id, branch_key, grade, so2_tpa, nox_tpa, pm_tpa, vocs_tpa, "
            + "main_products, capacity, production_lines, last_submission_id, last_row_no, retired_on";

    private static final String INSERT = "INSERT INTO ledger_line (enterprise_id, industry_id, branch_id, branch_key, "
            + "grade, so2_tpa, nox_tpa, pm_tpa, vocs_tpa, main_products, capacity, production_lines, last_submission_id, "
            + "last_row_no, listed_on, created_at, updated_at) VALUES (:enterprise, :industry, :branchId, :branchKey, "
            + ":grade, :so2, :nox, :pm, :vocs, :products, :capacity, :lines, :submission, :row, :businessDate, :now, "
            + ":now)";

    private static final String UPDATE = "UPDATE ledger_line SET branch_id = :branchId, branch_key = :branchKey, "
            + "grade = :grade, so2_tpa = :so2, nox_tpa = :nox, "
            + "pm_tpa = :pm, vocs_tpa = :vocs, main_products = :products, capacity = :capacity, "
            + "production_lines = :lines, last_submission_id = :submission, last_row_no = :row, "
            // a retired line listed again remembers its last gap; these two read retired_on before it is cleared
            // (MySQL assigns left to right, H2 reads the old row: both see the old value here)
            + "unlisted_from = CASE WHEN retired_on IS NULL THEN unlisted_from ELSE retired_on END, "
            + "relisted_on = CASE WHEN retired_on IS NULL THEN relisted_on ELSE :businessDate END, "
            + "retired_on = NULL, retired_by_submission_id = NULL, updated_at = :now WHERE id = :id";

    private static final String SET_BRANCH = "UPDATE ledger_line SET branch_id = :branchId, branch_key = :branchKey, "
            + "updated_at = :now WHERE id = :id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    LedgerLineStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The line a row of the enterprise in {@code ref}'s industry and branch refers to ({@link BranchPending#find}):
     * the line of the branch, or the line 分支待补充 that takes it.
     */
    public Optional<BranchPending.Found> findFor(long enterpriseId, IndustryRef ref) {
        List<StoredLine> inIndustry = jdbc.sql("SELECT " + COLUMNS + " FROM ledger_line WHERE enterprise_id = :enterprise "
                + "AND industry_id = :industry").param("enterprise", enterpriseId).param("industry", ref.industryId())
                .query(LedgerLineStore::map).list();
        Map<LineKey, StoredLine> byKey = inIndustry.stream().collect(Collectors.toMap(StoredLine::key, l -> l));
        return BranchPending.find(enterpriseId, ref, byKey::get, () -> inIndustry);
    }

    /** Every line of the enterprises (at most a chunk's worth), by enterprise × industry × branch. */
    Map<LineKey, StoredLine> ofEnterprises(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_line WHERE enterprise_id IN (:ids)")
                .param("ids", List.copyOf(enterpriseIds)).query(LedgerLineStore::map).list().stream()
                .collect(Collectors.toMap(StoredLine::key, l -> l));
    }

    /** The enterprise's active lines in one industry (any branch). */
    public List<StoredLine> activeInIndustry(long enterpriseId, long industryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_line WHERE enterprise_id = :enterprise "
                + "AND industry_id = :industry AND retired_on IS NULL ORDER BY branch_key")
                .param("enterprise", enterpriseId).param("industry", industryId)
                .query(LedgerLineStore::map).list();
    }

    long insert(long enterpriseId, IndustryRef ref, String grade, LineFigures figures, Stamp stamp,
                LocalDate businessDate, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        batch.update(INSERT, insertParams(new NewLine(enterpriseId, ref, grade, figures, stamp), businessDate, now), key,
                new String[] { "id" });
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Inserts new lines in one batch and reads their ids back by business key (enterprise, industry, branch), not by
     * generated keys (which concurrent county imports can scramble on MySQL): {@code temporaryIds.get(i)} → the stored
     * id of {@code rows.get(i)}. {@code businessDate}: the received date of the file listing them.
     */
    Map<Long, Long> insertAllReadingIds(List<NewLine> rows, List<Long> temporaryIds, LocalDate businessDate,
                                        LocalDateTime now) {
        Map<Long, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        insertAll(rows, businessDate, now);
        Map<LineKey, StoredLine> stored = ofEnterprises(
                rows.stream().map(NewLine::enterpriseId).collect(Collectors.toSet()));
        for (int i = 0; i < rows.size(); i++) {
            StoredLine line = stored.get(LineKey.of(rows.get(i).enterpriseId(), rows.get(i).ref()));
            if (line == null) {
                throw new IllegalStateException("新登记的台账行未能读回：企业 " + rows.get(i).enterpriseId());
            }
            ids.put(temporaryIds.get(i), line.id());
        }
        return ids;
    }

    void insertAll(List<NewLine> lines, LocalDate businessDate, LocalDateTime now) {
        if (!lines.isEmpty()) {
            batch.batchUpdate(INSERT, lines.stream().map(l -> insertParams(l, businessDate, now))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * Writes branch, grade, figures and stamp of several lines (as given), and makes them active again, in one batch.
     * A line 分支待补充 takes its branch here; a retired line listed again is relisted on {@code businessDate}.
     */
    void updateAll(List<StoredLine> lines, LocalDate businessDate, LocalDateTime now) {
        if (!lines.isEmpty()) {
            batch.batchUpdate(UPDATE, lines.stream().map(l -> updateParams(l, now).addValue("businessDate", businessDate))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** Gives lines 分支待补充 their branch (the branch key of each line as given), nothing else changed. */
    public void setBranches(List<StoredLine> lines, LocalDateTime now) {
        if (!lines.isEmpty()) {
            batch.batchUpdate(SET_BRANCH, lines.stream().map(l -> branch(new MapSqlParameterSource(), l.branchKey())
                    .addValue("now", now).addValue("id", l.id())).toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * The names of the other industries the enterprise has active lines in, in catalogue order. Lines that later rows
     * of the same submission added are left out, so applying a chunk again completes the same 备注.
     */
    List<String> otherActiveIndustries(long enterpriseId, long industryId, SubmissionContext ctx, int rowNumber) {
        return jdbc.sql("SELECT DISTINCT i.name, i.display_order FROM ledger_line l "
                + "JOIN industry i ON i.id = l.industry_id WHERE l.enterprise_id = :enterprise "
                + "AND l.industry_id <> :industry AND l.retired_on IS NULL AND (l.last_submission_id IS NULL "
                + "OR l.last_submission_id <> :submission OR l.last_row_no <= :row) ORDER BY i.display_order")
                .param("enterprise", enterpriseId).param("industry", industryId)
                .param("submission", ctx.submissionId()).param("row", rowNumber)
                .query((rs, n) -> rs.getString(1)).list();
    }

    private static MapSqlParameterSource insertParams(NewLine l, LocalDate businessDate, LocalDateTime now) {
        return figures(l.figures()).addValue("enterprise", l.enterpriseId()).addValue("industry", l.ref().industryId())
                .addValue("branchId", l.ref().branchId()).addValue("branchKey", l.ref().branchKey())
                .addValue("grade", l.grade()).addValue("submission", l.stamp().submissionId())
                .addValue("row", l.stamp().rowNo()).addValue("businessDate", businessDate).addValue("now", now);
    }

    private static MapSqlParameterSource updateParams(StoredLine l, LocalDateTime now) {
        return branch(figures(l.figures()), l.branchKey()).addValue("grade", l.grade())
                .addValue("submission", l.stamp().submissionId()).addValue("row", l.stamp().rowNo())
                .addValue("now", now).addValue("id", l.id());
    }

    /** branch_id (null without a branch) and branch_key (0 without a branch) of a branch key. */
    private static MapSqlParameterSource branch(MapSqlParameterSource params, long branchKey) {
        return params.addValue("branchId", branchKey == 0L ? null : branchKey).addValue("branchKey", branchKey);
    }

    private static MapSqlParameterSource figures(LineFigures f) {
        return new MapSqlParameterSource().addValue("so2", f.so2()).addValue("nox", f.nox()).addValue("pm", f.pm())
                .addValue("vocs", f.vocs()).addValue("products", f.mainProducts()).addValue("capacity", f.capacity())
                .addValue("lines", f.productionLines());
    }

    private static StoredLine map(ResultSet rs, int row) throws SQLException {
        return new StoredLine(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("industry_id"),
                rs.getLong("branch_key"), rs.getString("grade"),
                new LineFigures(rs.getBigDecimal("so2_tpa"), rs.getBigDecimal("nox_tpa"), rs.getBigDecimal("pm_tpa"),
                        rs.getBigDecimal("vocs_tpa"), rs.getString("main_products"), rs.getString("capacity"),
                        rs.getString("production_lines")),
                new Stamp(rs.getObject("last_submission_id", Long.class), rs.getObject("last_row_no", Integer.class)),
                rs.getObject("retired_on", LocalDate.class));
    }

    /** A ledger line as stored; {@code retiredOn} null while active. */
    public record StoredLine(long id, long enterpriseId, long industryId, long branchKey, String grade, LineFigures figures,
                      Stamp stamp, LocalDate retiredOn) {

        LineKey key() {
            return new LineKey(enterpriseId, industryId, branchKey);
        }

        /** The same line on another branch (a line 分支待补充 taking its branch). */
        StoredLine withBranch(long key) {
            return new StoredLine(id, enterpriseId, industryId, key, grade, figures, stamp, retiredOn);
        }
    }

    /** A line to insert. */
    record NewLine(long enterpriseId, IndustryRef ref, String grade, LineFigures figures, Stamp stamp) {
    }

    /** The business key of a line. */
    record LineKey(long enterpriseId, long industryId, long branchKey) {

        static LineKey of(long enterpriseId, IndustryRef ref) {
            return new LineKey(enterpriseId, ref.industryId(), ref.branchKey());
        }
    }
}
