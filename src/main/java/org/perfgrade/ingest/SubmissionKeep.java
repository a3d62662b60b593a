package org.perfgrade.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.perfgrade.ledger.write.KeptTargets;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 保留名单 ({@code submission_keep}): the ledger lines or plans a held submission names, which its held check
 * ({@code RetirementPreview}) notes chunk by chunk in the chunk's transaction; what the county holds and the file
 * does not name would retire.
 */
@Repository
class SubmissionKeep implements KeptTargets {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    SubmissionKeep(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void forget(long submissionId) {
        // a DELETE that finds nothing still locks the index gap on MySQL
        if (jdbc.sql("SELECT COUNT(*) FROM submission_keep WHERE submission_id = :id").param("id", submissionId)
                .query(Long.class).single() > 0) {
            jdbc.sql("DELETE FROM submission_keep WHERE submission_id = :id").param("id", submissionId).update();
        }
    }

    @Override
    public Set<Long> noted(long submissionId, Collection<Long> ids) {
        return new HashSet<>(jdbc.sql("SELECT target_id FROM submission_keep WHERE submission_id = :id "
                + "AND target_id IN (:ids)").param("id", submissionId).param("ids", List.copyOf(ids))
                .query(Long.class).list());
    }

    @Override
    public void note(long submissionId, Collection<Long> ids) {
        List<SqlParameterSource> insert = new ArrayList<>();
        for (Long id : ids) {
            insert.add(new MapSqlParameterSource().addValue("submission", submissionId).addValue("target", id));
        }
        if (!insert.isEmpty()) {
            batch.batchUpdate("INSERT INTO submission_keep (submission_id, target_id) VALUES (:submission, :target)",
                    insert.toArray(SqlParameterSource[]::new));
        }
    }

    @Override
    public Set<Long> all(long submissionId) {
        return new HashSet<>(jdbc.sql("SELECT target_id FROM submission_keep WHERE submission_id = :id")
                .param("id", submissionId).query(Long.class).list());
    }
}
