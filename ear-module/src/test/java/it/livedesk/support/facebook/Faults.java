package it.livedesk.support.facebook;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The faults a test asked for, per endpoint, used up in the order they were added: an error answered instead of the
 * real response, a delay before the real (or the error) response, or both. Each fault lasts a number of calls.
 */
final class Faults {

    /** One planned fault; {@code error} may be null (delay only), {@code delay} may be zero (error only). */
    private static final class Fault {
        final GraphError error;
        final Duration delay;
        int callsLeft;

        Fault(GraphError error, Duration delay, int calls) {
            this.error = error;
            this.delay = delay;
            this.callsLeft = calls;
        }
    }

    /** What to do to one call: wait this long, then answer this error (if any) instead. */
    record Action(Duration delay, GraphError error) {
    }

    private final Map<GraphEndpoint, Deque<Fault>> planned = new EnumMap<>(GraphEndpoint.class);

    synchronized void add(GraphEndpoint endpoint, GraphError error, Duration delay, int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("A fault must last at least one call");
        }
        planned.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(new Fault(error, delay, calls));
    }

    /** Uses up one call of the first fault planned for this endpoint, if any. */
    synchronized Optional<Action> take(GraphEndpoint endpoint) {
        Deque<Fault> faults = planned.get(endpoint);
        if (faults == null || faults.isEmpty()) {
            return Optional.empty();
        }
        Fault fault = faults.peekFirst();
        if (--fault.callsLeft == 0) {
            faults.removeFirst();
        }
        return Optional.of(new Action(fault.delay, fault.error));
    }

    synchronized int callsLeft(GraphEndpoint endpoint) {
        Deque<Fault> faults = planned.get(endpoint);
        if (faults == null) {
            return 0;
        }
        long total = faults.stream().mapToLong(fault -> fault.callsLeft).sum();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    synchronized void clear() {
        planned.clear();
    }
}
