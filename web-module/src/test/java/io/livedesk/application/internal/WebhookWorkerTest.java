package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookWorkerTest {

    /** A processor whose transaction fails whenever one of the given deliveries is in it. */
    private static final class FailingWith extends WebhookEventProcessor {
        final Set<Long> poisoned;
        final List<List<Long>> committed = new ArrayList<>();
        final List<Long> failuresRecorded = new ArrayList<>();

        FailingWith(Long... poisoned) {
            this.poisoned = Set.of(poisoned);
        }

        @Override
        public void process(List<Long> ids) {
            if (ids.stream().anyMatch(poisoned::contains)) {
                throw new IllegalStateException("cannot commit");
            }
            committed.add(List.copyOf(ids));
        }

        @Override
        public void recordFailure(long id, RuntimeException failure) {
            failuresRecorded.add(id);
        }
    }

    /** A processor whose table holds a given number of due deliveries, and that notes where each sweep starts. */
    private static final class SweptTable extends WebhookEventProcessor {
        final List<Instant> sweepsFrom = new ArrayList<>();
        int due;

        @Override
        public List<Long> dueIds(Instant from, int limit) {
            sweepsFrom.add(from);
            List<Long> ids = new ArrayList<>();
            for (long id = 1; id <= Math.min(due, limit); id++) {
                ids.add(id);
            }
            return ids;
        }
    }

    private static final Instant START = Instant.parse("2026-12-08T09:00:00Z");

    private static WebhookWorker sweeping(SweptTable table) {
        WebhookWorker worker = new WebhookWorker();
        worker.processor = table;
        worker.clock = at(START);
        return worker;
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static WebhookWorker workerWith(WebhookEventProcessor processor, List<Long> stored) {
        WebhookWorker worker = new WebhookWorker();
        worker.processor = processor;
        worker.surge = new DeliverySurge();
        worker.surge.intake = new WebhookEventIntake();
        worker.waiting.addAll(stored);
        return worker;
    }

    @Test
    void deliveriesAreAppliedInBatchesOfSixteenOldestFirst() {
        FailingWith processor = new FailingWith();
        List<Long> stored = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            stored.add(id);
        }
        WebhookWorker worker = workerWith(processor, stored);

        while (worker.processNext()) {
            // drains what was stored
        }

        assertEquals(List.of(stored.subList(0, 16), stored.subList(16, 20)), processor.committed);
    }

    @Test
    void aSweepStartsAMinuteBeforeTheLastSweepThatFoundEverythingAndEveryTenMinutesFromTheBeginning() {
        SweptTable table = new SweptTable();
        WebhookWorker worker = sweeping(table);

        worker.sweep();                                        // after a start: from the beginning
        worker.clock = at(START.plusSeconds(1));
        worker.sweep();
        worker.clock = at(START.plus(Duration.ofMinutes(10)).plusSeconds(1));
        worker.sweep();                                        // ten minutes on: from the beginning again

        assertEquals(List.of(Instant.EPOCH, START.minus(Duration.ofMinutes(1)), Instant.EPOCH), table.sweepsFrom);
    }

    @Test
    void aSweepThatFoundMoreThanItTakesStartsAtTheSamePlaceNextTime() {
        SweptTable table = new SweptTable();
        WebhookWorker worker = sweeping(table);

        worker.sweep();                                        // nothing waits: the next one starts a minute back
        worker.clock = at(START.plusSeconds(1));
        table.due = WebhookWorker.SWEEP + 1;
        worker.sweep();
        worker.waiting.take(Integer.MAX_VALUE);                // applied
        worker.clock = at(START.plusSeconds(2));
        worker.sweep();

        Instant aMinuteBeforeTheStart = START.minus(Duration.ofMinutes(1));
        assertEquals(List.of(Instant.EPOCH, aMinuteBeforeTheStart, aMinuteBeforeTheStart), table.sweepsFrom);
    }

    @Test
    void noSweepWhileEnoughDeliveriesAreWaiting() {
        SweptTable table = new SweptTable();
        WebhookWorker worker = sweeping(table);
        table.due = WebhookWorker.SWEEP;
        worker.sweep();
        worker.sweep();

        assertEquals(1, table.sweepsFrom.size());
    }

    @Test
    void aDeliveryThatSinksItsBatchIsRecordedAsFailingAndTheOthersAreApplied() {
        FailingWith processor = new FailingWith(3L);
        WebhookWorker worker = workerWith(processor, List.of(1L, 2L, 3L, 4L));

        worker.processNext();

        assertEquals(List.of(List.of(1L), List.of(2L), List.of(4L)), processor.committed);
        assertEquals(List.of(3L), processor.failuresRecorded);
    }
}
