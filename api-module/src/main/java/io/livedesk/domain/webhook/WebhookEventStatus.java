package io.livedesk.domain.webhook;

/** Where a stored webhook delivery stands. */
public enum WebhookEventStatus {
    /** Stored, waiting for a worker (or for its next attempt). */
    PENDING,
    /** Every event in it has been applied. */
    PROCESSED,
    /** It cannot be applied (for instance its JSON does not parse); kept for an administrator to see and replay. */
    FAILED
}
