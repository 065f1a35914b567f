package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.application.DomainProblem;
import io.livedesk.infrastructure.persistence.LoginFailureRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    /** The database's table, as a list of (key, time) rows. */
    private static final class FailuresInMemory extends LoginFailureRepository {
        private final List<Map.Entry<String, Instant>> rows = new ArrayList<>();

        @Override
        public void add(String key, Instant at) {
            rows.add(Map.entry(key, at));
        }

        @Override
        public List<Instant> since(String key, Instant after) {
            return rows.stream().filter(row -> row.getKey().equals(key) && row.getValue().isAfter(after))
                    .map(Map.Entry::getValue).sorted().toList();
        }

        @Override
        public void forget(String key) {
            rows.removeIf(row -> row.getKey().equals(key));
        }

        @Override
        public void forgetUpTo(Instant until) {
            rows.removeIf(row -> !row.getValue().isAfter(until));
        }
    }

    LoginThrottleTest() {
        throttle.failures = new FailuresInMemory();
        throttle.clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
    }

    @Test
    void fiveFailuresForOneAddressStopFurtherAttemptsForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.checkAllowed("ana@example.com", "10.0.0.1");
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        DomainProblem.TooManyAttempts refused = assertThrows(DomainProblem.TooManyAttempts.class,
                () -> throttle.checkAllowed("ana@example.com", "10.0.0.2"));
        assertTrue(refused.retryAfterSeconds() > 0 && refused.retryAfterSeconds() <= 900);

        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertDoesNotThrow(() -> throttle.checkAllowed("ana@example.com", "10.0.0.1"));
    }

    @Test
    void anotherAddressIsNotSlowedDownBySomeoneElsesFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        assertDoesNotThrow(() -> throttle.checkAllowed("bo@example.com", "10.0.0.3"));
    }

    @Test
    void oneClientTryingManyAddressesIsStoppedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i + "@example.com", "10.0.0.9");
        }
        assertThrows(DomainProblem.TooManyAttempts.class, () -> throttle.checkAllowed("new@example.com", "10.0.0.9"));
    }

    @Test
    void aSuccessfulLoginClearsTheAddresssFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        throttle.recordSuccess("ana@example.com");
        throttle.recordFailure("ana@example.com", "10.0.0.1");
        assertDoesNotThrow(() -> throttle.checkAllowed("ana@example.com", "10.0.0.4"));
    }
}
