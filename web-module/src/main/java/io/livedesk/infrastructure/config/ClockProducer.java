package io.livedesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one clock the application reads. It ticks in microseconds because that is what both databases
 * keep: an instant read back equals the instant written, which keyset cursors rely on.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Clock MICROSECOND_CLOCK = new MicrosecondClock(Clock.systemUTC());

    @Produces
    public Clock clock() {
        return MICROSECOND_CLOCK;
    }

    /**
     * The system clock cut to microseconds. Not {@code Clock.tick(clock, 1 µs)}: on Java 17 its {@code millis()}
     * divides by the tick's whole milliseconds, which are zero, and throws.
     */
    static final class MicrosecondClock extends Clock {

        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }
    }
}
