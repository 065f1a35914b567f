package io.livedesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the application reads. It ticks in microseconds because that is what both databases
 * keep: an instant read back equals the instant written, which keyset cursors rely on.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Clock MICROSECOND_CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    public Clock clock() {
        return MICROSECOND_CLOCK;
    }
}
