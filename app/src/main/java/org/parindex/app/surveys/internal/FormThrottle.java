package org.parindex.app.surveys.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public survey form's rate limit: at most {@value #MAX} submissions per address in {@link #WINDOW}, spent
 * codes and wrong ones alike, so codes cannot be guessed by trying.
 */
@Component
class FormThrottle {

    static final int MAX = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> tries = new ConcurrentHashMap<>();

    /** Counts a try; false when the address has used up its tries. */
    boolean tryFrom(String address) {
        Instant now = Instant.now();
        if (tries.size() > MAX_ADDRESSES) {
            tries.values().removeIf(d -> d.isEmpty() || d.peekLast().plus(WINDOW).isBefore(now));
        }
        Deque<Instant> times = tries.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
                times.pollFirst();
            }
            if (times.size() >= MAX) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
