package io.livedesk.application.internal;

/** An outgoing message was queued for its channel; observed after commit, it wakes the outbox. */
public record MessageQueued(long messageId) {
}
