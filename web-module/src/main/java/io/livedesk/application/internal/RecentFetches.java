package io.livedesk.application.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** When each of the last contacts fetched was fetched, up to a number: the oldest is forgotten when a new one comes. */
final class RecentFetches {

    private final Map<Long, Instant> fetchedAt;

    RecentFetches(int kept) {
        this.fetchedAt = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
                return size() > kept;
            }
        };
    }

    synchronized void fetched(long contactId, Instant at) {
        fetchedAt.remove(contactId);
        fetchedAt.put(contactId, at);
    }

    /** Whether this server fetched the contact's profile after {@code since}. */
    synchronized boolean fetchedAfter(long contactId, Instant since) {
        Instant at = fetchedAt.get(contactId);
        return at != null && at.isAfter(since);
    }
}
