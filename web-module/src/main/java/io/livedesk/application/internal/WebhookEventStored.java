package io.livedesk.application.internal;

/** Webhook deliveries were committed to the store: the worker may start on them. Fired after the commit. */
public record WebhookEventStored() {
}
