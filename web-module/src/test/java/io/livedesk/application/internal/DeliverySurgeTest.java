package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliverySurgeTest {

    /** An intake that surges for a given number of looks, and counts the looks. */
    private static final class SurgingFor extends WebhookEventIntake {
        final AtomicInteger looks = new AtomicInteger();
        private final int surgingLooks;

        SurgingFor(int surgingLooks) {
            this.surgingLooks = surgingLooks;
        }

        @Override
        public boolean surging() {
            return looks.incrementAndGet() <= surgingLooks;
        }
    }

    private static int looksBeforeGivingWayEnds(int surgingLooks) {
        SurgingFor intake = new SurgingFor(surgingLooks);
        DeliverySurge surge = new DeliverySurge();
        surge.intake = intake;
        surge.giveWay();
        return intake.looks.get();
    }

    @Test
    void withoutASurgeBackgroundWorkGoesOnAtOnce() {
        assertEquals(1, looksBeforeGivingWayEnds(0));
    }

    @Test
    void backgroundWorkWaitsUntilTheSurgeIsOver() {
        assertEquals(4, looksBeforeGivingWayEnds(3));
    }

    @Test
    void aSurgeThatNeverEndsStillLetsBackgroundWorkMoveAfterAWhile() {
        assertEquals(DeliverySurge.MAX_WAIT_MILLIS / DeliverySurge.STEP_MILLIS, looksBeforeGivingWayEnds(Integer.MAX_VALUE));
    }
}
