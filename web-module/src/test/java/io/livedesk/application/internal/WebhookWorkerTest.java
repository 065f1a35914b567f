package io.livedesk.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static WebhookWorker workerWith(WebhookEventProcessor processor, List<Long> stored) {
        WebhookWorker worker = new WebhookWorker();
        worker.processor = processor;
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
    void aDeliveryThatSinksItsBatchIsRecordedAsFailingAndTheOthersAreApplied() {
        FailingWith processor = new FailingWith(3L);
        WebhookWorker worker = workerWith(processor, List.of(1L, 2L, 3L, 4L));

        worker.processNext();

        assertEquals(List.of(List.of(1L), List.of(2L), List.of(4L)), processor.committed);
        assertEquals(List.of(3L), processor.failuresRecorded);
    }
}
