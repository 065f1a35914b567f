package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArrivalRateTest {

    private static final long MS = 1_000_000;
    private final ArrivalRate rate = new ArrivalRate(250);

    private void arrive(int count, long fromMillis, long toMillis) {
        for (int i = 0; i < count; i++) {
            rate.arrived((fromMillis + (toMillis - fromMillis) * i / count) * MS);
        }
    }

    ArrivalRateTest() {
        rate.perSecond(0);
    }

    @Test
    void theRateOfTheLastQuarterSecondIsGivenPerSecond() {
        arrive(100, 0, 250);
        assertEquals(400, rate.perSecond(300 * MS), 0.001);
    }

    @Test
    void aBurstCountsAlreadyWhileItsQuarterSecondIsRunning() {
        arrive(10, 0, 250);
        arrive(200, 250, 300);
        assertEquals(800, rate.perSecond(300 * MS), 0.001);
    }

    @Test
    void afterAQuietSpellTheRateFallsToNothing() {
        arrive(500, 0, 250);
        assertEquals(0, rate.perSecond(900 * MS), 0.001);
    }
}
