package org.parindex.app.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The user accounts. Passwords are stored only as BCrypt hashes. */
@Repository
public class Accounts {

    /** Failed logins in a row that lock an account, and for how long. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public List<Account> all() {
        return jdbc.sql("SELECT * FROM users ORDER BY role, username").query(Accounts::account).list();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = :u").param("u", username)
                .query(Accounts::account).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(Accounts::account).optional();
    }

    /** The enabled officer accounts of a unit, by user name. */
    public List<Account> officersOf(String unit) {
        return jdbc.sql("SELECT * FROM users WHERE role = 'UNIT_OFFICER' AND unit_code = :u AND enabled ORDER BY username")
                .param("u", unit).query(Accounts::account).list();
    }

    /** Sets (or, with null, removes) the account's e-mail address; the caller has checked it. */
    public void setEmail(long id, String email) {
        jdbc.sql("UPDATE users SET email = :e, version = version + 1 WHERE id = :id")
                .param("e", email).param("id", id).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    public Account create(String username, String displayName, String password, Role role, String unitCode) {
        if (role == Role.UNIT_OFFICER && (unitCode == null || unitCode.isBlank())) {
            throw new AccountChangeRefused("users.invalid", "a unit officer needs a unit");
        }
        jdbc.sql("""
                INSERT INTO users (username, display_name, password_hash, role, unit_code, enabled, failed_logins,
                created_at) VALUES (:u, :d, :p, :r, :unit, TRUE, 0, :at)""")
                .param("u", username).param("d", displayName).param("p", encoder.encode(password))
                .param("r", role.name()).param("unit", role == Role.UNIT_OFFICER ? unitCode : null)
                .param("at", now()).update();
        return find(username).orElseThrow();
    }

    public void resetPassword(long id, String password) {
        jdbc.sql("UPDATE users SET password_hash = :p, failed_logins = 0, locked_until = NULL, version = version + 1 "
                + "WHERE id = :id").param("p", encoder.encode(password)).param("id", id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE users SET enabled = :e, version = version + 1 WHERE id = :id")
                .param("e", enabled).param("id", id).update();
    }

    /** Counts a failed login; the fifth in a row locks the account for {@link #LOCKOUT}. */
    public void loginFailed(String username) {
        find(username).ifPresent(a -> {
            int failed = a.failedLogins() + 1;
            jdbc.sql("UPDATE users SET failed_logins = :f, locked_until = :until WHERE id = :id")
                    .param("f", failed >= MAX_FAILED_LOGINS ? 0 : failed)
                    .param("until", failed >= MAX_FAILED_LOGINS ? now().plus(LOCKOUT) : a.lockedUntil())
                    .param("id", a.id()).update();
        });
    }

    public void loginSucceeded(String username) {
        jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getInt("version"), rs.getString("email"));
    }
}
