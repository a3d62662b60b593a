package org.perfgrade.ledger.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfgrade.ledger.facts.Honour;
import org.perfgrade.ledger.facts.HonourKind;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 企业荣誉: the honours a county reports for an enterprise (绿色工厂 …), replaced as a whole when a row reports them,
 * for one enterprise or a chunk's worth in two batches.
 */
@Repository
class EnterpriseHonours {

    private static final String INSERT = "INSERT INTO enterprise_honour (enterprise_id, honour, awarded_year) "
            + "VALUES (:id, :honour, :y)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    EnterpriseHonours(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The honours stored for the enterprises, by enterprise id (absent when none). */
    Map<Long, Set<Honour>> of(Collection<Long> enterpriseIds) {
        Map<Long, Set<Honour>> honours = new HashMap<>();
        if (!enterpriseIds.isEmpty()) {
            jdbc.sql("SELECT enterprise_id, honour, awarded_year FROM enterprise_honour WHERE enterprise_id IN (:ids)")
                    .param("ids", List.copyOf(enterpriseIds))
                    .query((RowCallbackHandler) rs -> honours.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                            .add(new Honour(HonourKind.valueOf(rs.getString(2)), rs.getInt(3))));
        }
        return honours;
    }

    /**
     * Replaces the honours of enterprises with the wanted ones where they differ from the {@code stored} ones
     * ({@link #of}), in at most two batches.
     */
    void replace(Map<Long, Set<Honour>> wanted, Map<Long, Set<Honour>> stored) {
        List<SqlParameterSource> deletes = new ArrayList<>();
        List<SqlParameterSource> inserts = new ArrayList<>();
        wanted.forEach((id, honours) -> {
            Set<Honour> before = stored.getOrDefault(id, Set.of());
            if (honours.equals(before)) {
                return;
            }
            // only when something is stored: a DELETE that finds nothing still locks the index gap on MySQL, and
            // counties imported side by side would deadlock on each other's inserts
            if (!before.isEmpty()) {
                deletes.add(new MapSqlParameterSource("id", id));
            }
            honours.forEach(h -> inserts.add(new MapSqlParameterSource().addValue("id", id)
                    .addValue("honour", h.kind().name()).addValue("y", h.year())));
        });
        if (!deletes.isEmpty()) {
            batch.batchUpdate("DELETE FROM enterprise_honour WHERE enterprise_id = :id",
                    deletes.toArray(SqlParameterSource[]::new));
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate(INSERT, inserts.toArray(SqlParameterSource[]::new));
        }
    }
}
