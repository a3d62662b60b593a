package org.perfgrade.web;

import java.time.LocalDateTime;

/**
 * 控制台用户: one row of {@code console_user}.
 *
 * @param countyCode     the county of a {@link ConsoleRole#COUNTY} user, null for the others
 * @param failedAttempts consecutive failed sign-ins since the last success or lock
 * @param lockedUntil    sign-in is refused until then (business zone), null when not locked
 */
public record ConsoleUser(long id, String username, String passwordHash, ConsoleRole role, String countyCode,
                          int failedAttempts, LocalDateTime lockedUntil, LocalDateTime createdAt) {

    /** Whether the account is locked at the given moment. */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
