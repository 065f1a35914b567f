package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingEventIdsTest {

    @Test
    void theOldestDeliveriesAreTakenFirstAndOnlyOnce() {
        WaitingEventIds waiting = new WaitingEventIds(100);
        waiting.addAll(List.of(1L, 2L, 3L));
        waiting.addAll(List.of(4L, 5L));

        assertEquals(List.of(1L, 2L), waiting.take(2));
        assertEquals(List.of(3L, 4L, 5L), waiting.take(10));
        assertEquals(List.of(), waiting.take(10));
    }

    @Test
    void aDeliveryFoundByTheSweepWhileItIsStillWaitingIsKeptOnce() {
        WaitingEventIds waiting = new WaitingEventIds(100);
        waiting.addAll(List.of(7L, 8L));
        waiting.addAll(List.of(7L, 9L));

        assertEquals(List.of(7L, 8L, 9L), waiting.take(10));
    }

    @Test
    void whenFullTheNewestDeliveriesAreLeftToTheSweep() {
        WaitingEventIds waiting = new WaitingEventIds(3);
        waiting.addAll(List.of(1L, 2L));
        waiting.addAll(List.of(3L, 4L, 5L));

        assertEquals(3, waiting.size());
        assertEquals(List.of(1L, 2L, 3L), waiting.take(10));
    }
}
