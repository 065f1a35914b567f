package io.livedesk.application.internal;

import io.livedesk.application.DomainProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins within the window for one e-mail
 * address, or {@value #MAX_FAILURES_PER_CLIENT} from one client address, further attempts are refused until
 * the oldest failure leaves the window. Kept in memory: each server counts on its own, which bounds the
 * guessing rate per server and never locks anyone out for longer than the window.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public void checkAllowed(String email, String clientAddress) {
        Instant now = clock.instant();
        long wait = Math.max(waitSeconds("email:" + email, MAX_FAILURES, now),
                waitSeconds("client:" + clientAddress, MAX_FAILURES_PER_CLIENT, now));
        if (wait > 0) {
            throw new DomainProblem.TooManyAttempts("Too many failed logins. Try again in " + wait + " seconds.", wait);
        }
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        record("email:" + email, now);
        record("client:" + clientAddress, now);
    }

    public void recordSuccess(String email) {
        failures.remove("email:" + email);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            prune(deque, now);
            deque.addLast(now);
            return deque;
        });
    }

    /** Every read and write of a key's failures happens inside compute, so concurrent logins see one history. */
    private long waitSeconds(String key, int limit, Instant now) {
        long[] wait = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= limit) {
                wait[0] = Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
