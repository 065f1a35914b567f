package io.livedesk.application.internal;

import io.livedesk.application.DomainProblem;
import io.livedesk.infrastructure.persistence.LoginFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins within the window for one e-mail
 * address, or {@value #MAX_FAILURES_PER_CLIENT} from one client address, further attempts are refused until
 * the oldest failure leaves the window. The failures are kept in the database, so every server counts the same
 * ones (more servers never mean more guesses), and never for longer than the window.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    LoginFailureRepository failures;

    @Inject
    Clock clock;

    /** Throws {@link DomainProblem.TooManyAttempts} while either key has had too many failures. */
    public void checkAllowed(String email, String clientAddress) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        long wait = Math.max(
                waitSeconds(failures.since(emailKey(email), windowStart), MAX_FAILURES, now),
                waitSeconds(failures.since(clientKey(clientAddress), windowStart), MAX_FAILURES_PER_CLIENT, now));
        if (wait > 0) {
            throw new DomainProblem.TooManyAttempts("Too many failed logins. Try again in " + wait + " seconds.", wait);
        }
    }

    /** In a transaction of its own: the failed login's transaction is rolled back, its failure must stay counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        failures.forgetUpTo(now.minus(WINDOW));
        failures.add(emailKey(email), now);
        failures.add(clientKey(clientAddress), now);
    }

    public void recordSuccess(String email) {
        failures.forget(emailKey(email));
    }

    /** Seconds until the oldest of too many recent failures leaves the window; 0 when the attempt may go ahead. */
    static long waitSeconds(List<Instant> recentFailures, int limit, Instant now) {
        if (recentFailures.size() < limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, recentFailures.get(0).plus(WINDOW)).toSeconds());
    }

    private static String emailKey(String email) {
        return "email:" + email;
    }

    private static String clientKey(String clientAddress) {
        return "client:" + clientAddress;
    }
}
