package io.livedesk.application.internal;

/** A webhook delivery was committed to the store: the worker may start on it. Fired after the commit. */
public record WebhookEventStored(long eventId) {
}
