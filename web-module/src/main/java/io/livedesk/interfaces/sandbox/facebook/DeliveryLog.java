package io.livedesk.interfaces.sandbox.facebook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What happened to the last webhooks the sandbox had to send: delivered, refused by LiveDesk, or never sent
 * because the Page is not subscribed to that field. Shown on the customer page, so a newcomer sees why a
 * message did not reach LiveDesk instead of guessing.
 */
final class DeliveryLog {

    static final int SIZE = 200;

    enum Outcome { DELIVERED, FAILED, NOT_SUBSCRIBED }

    record Entry(long at, String pageId, String description, String field, Outcome outcome, String detail) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(Entry entry) {
        entries.addFirst(entry);
        while (entries.size() > SIZE) {
            entries.removeLast();
        }
    }

    /** Newest first. */
    synchronized List<Entry> of(String pageId, int limit) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.pageId().equals(pageId) && out.size() < limit) {
                out.add(entry);
            }
        }
        return out;
    }
}
