package io.livedesk.application.internal;

import java.util.List;

/**
 * Webhook deliveries were committed to the store: the worker may start on them. Fired after the commit, with the
 * new events' ids, so that the worker fetches them by id instead of searching the queue for them.
 */
public record WebhookEventStored(List<Long> ids) {
}
