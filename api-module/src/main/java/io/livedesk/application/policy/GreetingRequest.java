package io.livedesk.application.policy;

/**
 * @param greetingEnabled      the inbox's greeting setting
 * @param newConversation      true when this customer message started the conversation
 * @param greetingAlreadySent  true when the conversation already got the greeting
 */
public record GreetingRequest(long conversationId, boolean greetingEnabled, boolean newConversation,
                              boolean greetingAlreadySent) {
}
