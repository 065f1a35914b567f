package io.livedesk.application;

/**
 * Turns a customer's message from any channel into contact, conversation and message, in one transaction.
 * Idempotent on the channel's message id: a message received twice is stored once.
 */
public interface InboundMessageService {

    record Receipt(long contactId, long conversationId, long messageId, boolean newConversation, boolean duplicate) {
    }

    Receipt receive(InboundMessage message);
}
