package org.perfgrade.web;

import java.time.LocalDateTime;

/** 审计记录: one row of {@code audit_log}. */
public record AuditEntry(long id, LocalDateTime at, String username, AuditAction action, String detail,
                         String remoteAddress) {
}
