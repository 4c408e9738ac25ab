package org.parindex.app.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted by source address and by account from that source, whether the account exists or not:
 * five failures for one name from one source, or twenty from one source, refuse further tries from there for
 * {@link #LOCKOUT}. Someone elsewhere cannot lock a user out, and the answer never tells whether a name exists.
 * An admin lifts an account's locks ({@link #forget}). Kept in memory (bounded); a restart forgets.
 */
@Component
public class LoginThrottle {

    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_SOURCE = 20;
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant since) { }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True when tries for this name from this source are refused for now (without checking the password). */
    public boolean blocked(String source, String username) {
        return count(sourceKey(source)) >= PER_SOURCE || count(accountKey(source, username)) >= PER_ACCOUNT;
    }

    public void failed(String source, String username) {
        if (failures.size() > MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.since().plus(LOCKOUT).isBefore(now));
            if (failures.size() > MAX_KEYS) {
                failures.clear();
            }
        }
        add(sourceKey(source));
        add(accountKey(source, username));
    }

    public void succeeded(String source, String username) {
        failures.remove(accountKey(source, username));
    }

    /** Lifts every lock on the account (an admin's unlock). */
    public void forget(String username) {
        String suffix = "|" + normal(username);
        failures.keySet().removeIf(k -> k.startsWith("a:") && k.endsWith(suffix));
    }

    private int count(String key) {
        Failures f = failures.get(key);
        if (f == null) {
            return 0;
        }
        if (f.since().plus(LOCKOUT).isBefore(clock.instant())) {
            failures.remove(key, f);
            return 0;
        }
        return f.count();
    }

    private void add(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> f == null || f.since().plus(LOCKOUT).isBefore(now) ? new Failures(1, now)
                : new Failures(f.count() + 1, f.since()));
    }

    private static String sourceKey(String source) {
        return "s:" + source;
    }

    private static String accountKey(String source, String username) {
        return "a:" + source + "|" + normal(username);
    }

    private static String normal(String username) {
        String s = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
