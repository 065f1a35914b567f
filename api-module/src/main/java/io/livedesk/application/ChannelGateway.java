package io.livedesk.application;

import io.livedesk.domain.message.AttachmentKind;
import io.livedesk.domain.message.SenderKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The way out to a channel: how an outgoing message reaches the customer on the platform they wrote from. One
 * implementation per channel kind; it applies the platform's own rules (Messenger's reply window, its text
 * limit) and turns the platform's errors into one of three results the outbox knows what to do with.
 */
public interface ChannelGateway {

    /** A message due to go out, with what the platform's rules depend on. */
    record OutgoingMessage(long messageId, long inboxId, String recipientSourceId, String text,
                           List<Attachment> attachments, SenderKind senderKind, Instant customerLastWroteAt,
                           int partsSent, int sendAttempts) {

        public OutgoingMessage {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /** A file to send, by the link the platform fetches it from. */
    record Attachment(AttachmentKind kind, String url) {
    }

    sealed interface SendResult {
    }

    /** The platform took the next part; {@code partCount} says how many parts the whole message has. */
    record PartSent(String externalId, int partCount) implements SendResult {
    }

    /** Not now (network, rate limit, the platform's own trouble): try again after {@code retryAfter}. */
    record Deferred(Duration retryAfter, Integer platformCode, String reason) implements SendResult {
    }

    /** Never: the platform refused for good, or the rules forbid it; {@code reason} is written for agents. */
    record Refused(Integer platformCode, Integer platformSubcode, String reason, boolean tokenInvalid)
            implements SendResult {
    }

    /** How the business may answer now: in its own right, only as a human agent, or not at all. */
    enum ReplyStanding {
        OPEN,
        HUMAN_AGENT_ONLY,
        CLOSED
    }

    /**
     * The platform's reply window as agents see it before they write: {@code closesAt} is when the current standing
     * ends (null once closed), {@code explanation} says it in the agents' words.
     */
    record ReplyWindow(ReplyStanding standing, Instant closesAt, String explanation) {
    }

    /** The reply window for a customer who last wrote at {@code customerLastWroteAt} (null: never). */
    ReplyWindow replyWindow(Instant customerLastWroteAt, Instant now);

    /** Why the message may not be sent at all now (the reply window closed), or null when it may. No call made. */
    String refusalBeforeSending(OutgoingMessage message, Instant now);

    /** Sends the next part not yet sent ({@code partsSent} of them are). */
    SendResult sendNextPart(OutgoingMessage message, Instant now);
}
