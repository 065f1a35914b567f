package io.livedesk.application.policy;

import java.util.Set;

/**
 * What routing rules may test about a conversation and the customer behind it.
 *
 * @param messageText     the customer's latest message (words and patterns are looked for here; the language is
 *                        detected from it when the contact's locale is unknown)
 * @param contactLocale   the contact's locale as the channel reports it ({@code fr_FR}), or null when unknown
 * @param returningCustomer true when the contact had an earlier conversation
 * @param lastCsatRating  the contact's most recent survey rating, 1 to 5, or 0 when they never rated
 * @param labels          the conversation's labels so far
 * @param referral        the ad or link the customer came from; {@link Referral#NONE} when none
 */
public record ConversationFacts(long conversationId, String messageText, String contactLocale,
                                boolean returningCustomer, int lastCsatRating, Set<String> labels,
                                Referral referral) {

    public ConversationFacts {
        messageText = messageText == null ? "" : messageText;
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        referral = referral == null ? Referral.NONE : referral;
    }
}
