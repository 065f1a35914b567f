package io.livedesk.domain.message;

/** Which way a message went. */
public enum MessageType {
    /** From the customer. */
    INCOMING,
    /** To the customer, through the channel. */
    OUTGOING,
    /** Between agents only; never sent to the customer. */
    PRIVATE_NOTE;
}
