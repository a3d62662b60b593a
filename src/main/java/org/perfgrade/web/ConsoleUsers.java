package org.perfgrade.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * 控制台用户表: creates, reads and locks console users ({@code console_user}). Passwords are stored as bcrypt hashes
 * only; a password shorter than {@link #MIN_PASSWORD_LENGTH} is refused. Used by {@code perfgrade user} and by the
 * console's sign-in.
 */
@Repository
public class ConsoleUsers {

    public static final int MIN_PASSWORD_LENGTH = 10;

    /** bcrypt behind the {@code {bcrypt}} prefix, so that another scheme can follow later. */
    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static final String COLUMNS = "id, username, password_hash, role, county_code, failed_attempts, "
            + "locked_until, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ConsoleUsers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The encoder the console checks passwords with. */
    public static PasswordEncoder passwordEncoder() {
        return PASSWORDS;
    }

    /**
     * Adds a user.
     *
     * @throws IllegalArgumentException (Chinese message) when the name is taken or malformed, the password too short,
     *                                  or the county missing for a county user / given for another role
     */
    public ConsoleUser add(String username, char[] password, ConsoleRole role, String countyCode) {
        Objects.requireNonNull(role, "role");
        String name = username == null ? "" : username.strip();
        if (!name.matches("[\\p{L}\\p{N}._@-]{2,60}")) {
            throw new IllegalArgumentException("用户名须为 2～60 个字母、汉字、数字或 . _ @ -：" + username);
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        if (role == ConsoleRole.COUNTY && countyCode == null) {
            throw new IllegalArgumentException("县区用户须用 --county 指定所属县区");
        }
        if (role != ConsoleRole.COUNTY && countyCode != null) {
            throw new IllegalArgumentException("只有县区用户属于某个县区（--county 仅用于 --role county）");
        }
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("用户 " + name + " 已存在");
        }
        jdbc.sql("INSERT INTO console_user (username, password_hash, role, county_code, failed_attempts, created_at) "
                        + "VALUES (:username, :hash, :role, :county, 0, :now)")
                .param("username", name)
                .param("hash", PASSWORDS.encode(new String(password)))
                .param("role", role.name())
                .param("county", countyCode)
                .param("now", now())
                .update();
        return find(name).orElseThrow();
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_user WHERE username = :username")
                .param("username", username).query(ConsoleUsers::map).optional();
    }

    /** Every user, by name. */
    public List<ConsoleUser> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_user ORDER BY username").query(ConsoleUsers::map).list();
    }

    /**
     * Counts a failed sign-in; at {@code maxAttempts} the account is locked for {@code lockMinutes} and the count
     * starts again.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailure(String username, int maxAttempts, int lockMinutes) {
        Optional<ConsoleUser> user = find(username);
        if (user.isEmpty() || user.get().lockedAt(now())) {
            return false;
        }
        int attempts = user.get().failedAttempts() + 1;
        if (attempts >= maxAttempts) {
            jdbc.sql("UPDATE console_user SET failed_attempts = 0, locked_until = :until WHERE id = :id")
                    .param("until", now().plusMinutes(lockMinutes)).param("id", user.get().id()).update();
            return true;
        }
        jdbc.sql("UPDATE console_user SET failed_attempts = :attempts WHERE id = :id")
                .param("attempts", attempts).param("id", user.get().id()).update();
        return false;
    }

    /**
     * Gives an existing user a new password and lifts any lock (the demo's accounts on a second run).
     *
     * @throws IllegalArgumentException (Chinese message) for an unknown user or a password that is too short
     */
    public void resetPassword(String username, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        int updated = jdbc.sql("UPDATE console_user SET password_hash = :hash, failed_attempts = 0, locked_until = NULL "
                        + "WHERE username = :username")
                .param("hash", PASSWORDS.encode(new String(password))).param("username", username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("用户 " + username + " 不存在");
        }
    }

    /** A successful sign-in clears the failure count and any expired lock. */
    public void recordSuccess(String username) {
        jdbc.sql("UPDATE console_user SET failed_attempts = 0, locked_until = NULL WHERE username = :username")
                .param("username", username).update();
    }

    /** Now in the business zone, to the millisecond (as stored). */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static ConsoleUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ConsoleUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                ConsoleRole.valueOf(rs.getString("role")), rs.getString("county_code"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", LocalDateTime.class), rs.getObject("created_at", LocalDateTime.class));
    }
}
