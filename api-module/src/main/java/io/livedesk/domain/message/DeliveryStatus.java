package io.livedesk.domain.message;

/** How far a message has got. Incoming messages and notes are simply RECEIVED or STORED. */
public enum DeliveryStatus {
    /** A customer's message, stored. */
    RECEIVED,
    /** A private note, stored; it never leaves LiveDesk. */
    STORED,
    /** An outgoing message waiting to be sent through its channel. */
    QUEUED,
    /** Accepted by the channel. */
    SENT,
    /** The channel reports it reached the customer's device. */
    DELIVERED,
    /** The customer has seen it. */
    READ,
    /** The channel refused it for good; the failure code and reason say why. */
    FAILED
}
