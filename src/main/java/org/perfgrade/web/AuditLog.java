package org.perfgrade.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 审计日志: who signed in (or failed to), downloaded or uploaded what, from where. Rows are only ever added.
 */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, AuditAction action, String detail, String remoteAddress) {
        jdbc.sql("INSERT INTO audit_log (at, username, action, detail, remote_address) "
                        + "VALUES (:at, :username, :action, :detail, :remote)")
                .param("at", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS))
                .param("username", clip(username == null ? "" : username, 60))
                .param("action", action.name())
                .param("detail", detail == null ? null : clip(detail, 1000))
                .param("remote", remoteAddress == null ? null : clip(remoteAddress, 64))
                .update();
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT id, at, username, action, detail, remote_address FROM audit_log "
                        + "ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", LocalDateTime.class),
                        rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("detail"), rs.getString("remote_address")))
                .list();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
