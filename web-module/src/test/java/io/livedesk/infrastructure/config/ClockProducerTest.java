package io.livedesk.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private final Clock clock = new ClockProducer().clock();

    @Test
    void instantsCarryNoMoreThanMicrosecondsWhichIsWhatTheDatabasesKeep() {
        assertEquals(0, clock.instant().getNano() % 1_000);
    }

    @Test
    void millisecondsCanBeReadToo() {
        long before = System.currentTimeMillis();
        assertTrue(clock.millis() >= before);
    }
}
