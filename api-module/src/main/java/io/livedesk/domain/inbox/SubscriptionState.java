package io.livedesk.domain.inbox;

/** Where a channel's webhook subscription stands. */
public enum SubscriptionState {
    /** Not yet asked for. */
    PENDING,
    /** Subscribed, and the subscription was read back. */
    SUBSCRIBED,
    /** The platform refused or the read-back did not show our fields: shown to administrators, with a retry. */
    FAILED,
    /** Unsubscribed when the channel was disconnected. */
    UNSUBSCRIBED
}
