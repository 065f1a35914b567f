package io.livedesk.application.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The ids of stored webhook deliveries this server knows are waiting, oldest first. Only a hint: the database is
 * the truth. An id may already be applied (by another drain or server) or not due yet, and the worker checks each
 * under its row lock; a delivery missing here (stored by another server, dropped when full, forgotten in a restart,
 * waiting for a retry) is found by the worker's sweep of the table.
 *
 * <p>Why not search the table every time: applying an event leaves its entry in the queue's index until PostgreSQL
 * vacuums the table, so a search for the oldest waiting event walks over every event applied since the last vacuum
 * (9 ms for 36,000 of them, measured by the webhook benchmark), while fetching events by id costs the same always.
 */
final class WaitingEventIds {

    private final int capacity;
    private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

    WaitingEventIds(int capacity) {
        this.capacity = capacity;
    }

    /** Adds ids not already waiting, in order, as long as there is room; the rest are left to the sweep. */
    synchronized void addAll(Collection<Long> stored) {
        for (Long id : stored) {
            if (ids.size() >= capacity) {
                return;
            }
            ids.add(id);
        }
    }

    /** Removes and returns up to {@code max} of the oldest ids. */
    synchronized List<Long> take(int max) {
        List<Long> taken = new ArrayList<>(Math.min(max, ids.size()));
        Iterator<Long> oldest = ids.iterator();
        while (taken.size() < max && oldest.hasNext()) {
            taken.add(oldest.next());
            oldest.remove();
        }
        return taken;
    }

    synchronized int size() {
        return ids.size();
    }
}
