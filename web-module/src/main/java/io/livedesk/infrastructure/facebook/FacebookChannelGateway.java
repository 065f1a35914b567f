package io.livedesk.infrastructure.facebook;

import io.livedesk.application.ChannelGateway;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.message.SenderKind;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends through Messenger's Send API with the Page's token, within Messenger's rules (REFERENCE §8.4): a reply
 * within 24 hours of the customer's last message goes as a RESPONSE; after that only a human agent may answer,
 * up to 7 days, with the HUMAN_AGENT tag; later nothing is sent. Each part carries LiveDesk's own reference in
 * {@code metadata}, which Facebook echoes back, so the echo of our own send is recognised (and a part whose
 * answer was lost on the way is not sent again once its echo is in).
 */
@ApplicationScoped
public class FacebookChannelGateway implements ChannelGateway {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(60);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);
    /** The answer may have been lost after Facebook took the message: give its echo time to arrive first. */
    private static final Duration ECHO_GRACE = Duration.ofSeconds(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    GraphClient graph;

    @Inject
    InboxRepository inboxes;

    @Inject
    SecretCipher secrets;

    @Override
    public ReplyWindow replyWindow(Instant customerLastWroteAt, Instant now) {
        if (customerLastWroteAt == null) {
            return new ReplyWindow(ReplyStanding.CLOSED, null,
                    "Messenger lets a Page write only after the customer has written to it.");
        }
        Instant standardEnds = customerLastWroteAt.plus(STANDARD_WINDOW);
        if (!now.isAfter(standardEnds)) {
            return new ReplyWindow(ReplyStanding.OPEN, standardEnds, "Messenger's reply window is open until "
                    + WHEN.format(standardEnds) + " (24 hours after the customer's last message).");
        }
        Instant humanAgentEnds = customerLastWroteAt.plus(HUMAN_AGENT_WINDOW);
        if (!now.isAfter(humanAgentEnds)) {
            return new ReplyWindow(ReplyStanding.HUMAN_AGENT_ONLY, humanAgentEnds, "More than 24 hours since the "
                    + "customer's last message: only a human agent may answer now, tagged HUMAN_AGENT, until "
                    + WHEN.format(humanAgentEnds) + ". Automatic messages are no longer sent.");
        }
        return new ReplyWindow(ReplyStanding.CLOSED, null, "Messenger's reply window closed on "
                + WHEN.format(humanAgentEnds) + " (7 days after the customer's last message): the customer has to "
                + "write again before anyone can answer.");
    }

    @Override
    public String refusalBeforeSending(OutgoingMessage message, Instant now) {
        if (message.customerLastWroteAt() == null) {
            return "Messenger lets a Page write only after the customer has written to it.";
        }
        Duration since = Duration.between(message.customerLastWroteAt(), now);
        if (since.compareTo(STANDARD_WINDOW) <= 0) {
            return null;
        }
        String lastWrote = "The customer last wrote on " + WHEN.format(message.customerLastWroteAt()) + ". ";
        if (message.senderKind() != SenderKind.AGENT) {
            return lastWrote + "Messenger allows automated messages only within 24 hours of the customer's "
                    + "last message.";
        }
        if (since.compareTo(HUMAN_AGENT_WINDOW) > 0) {
            return lastWrote + "Messenger allows a human agent's reply up to 7 days after the customer's last "
                    + "message; this conversation is past that. The customer has to write again first.";
        }
        return null;
    }

    @Override
    public SendResult sendNextPart(OutgoingMessage message, Instant now) {
        String refusal = refusalBeforeSending(message, now);
        if (refusal != null) {
            return new Refused(null, null, refusal, false);
        }
        Optional<FacebookPageChannel> channel = inboxes.facebookChannelOf(message.inboxId());
        if (channel.isEmpty() || !channel.get().isConnected()) {
            return new Refused(null, null, "The inbox's Facebook Page is disconnected; connect it again to send.",
                    false);
        }
        if (channel.get().isReauthorizationRequired()) {
            return new Refused(channel.get().getLastErrorCode(), channel.get().getLastErrorSubcode(),
                    "The Page needs an administrator to log in with Facebook again before anything can be sent.",
                    true);
        }
        List<JsonObject> parts = parts(message);
        if (parts.isEmpty()) {
            return new Refused(null, null, "The message has neither text nor files to send.", false);
        }
        int part = message.partsSent();
        try {
            String mid = graph.sendMessage(channel.get().getPageId(),
                    secrets.decrypt(channel.get().getEncryptedPageToken()),
                    request(message, parts.get(part), part, now));
            return new PartSent(mid, parts.size());
        } catch (GraphException refused) {
            if (refused.retryable()) {
                return new Deferred(wait(refused, message), refused.code(), refused.explanation());
            }
            return new Refused(refused.code(), refused.subcode(), refused.explanation(), refused.tokenInvalid());
        }
    }

    /** The reference Facebook echoes back in {@code metadata}: which LiveDesk message, which part. */
    public static String metadataOf(long messageId, int part) {
        return "livedesk:" + messageId + ":" + part;
    }

    /**
     * What goes out, in order: the text (cut to Messenger's limit), then each file (Messenger takes text or one
     * attachment per message, never both).
     */
    public static List<JsonObject> parts(OutgoingMessage message) {
        List<JsonObject> parts = new ArrayList<>();
        if (message.text() != null && !message.text().isBlank()) {
            MessengerText.parts(message.text()).forEach(text -> parts.add(JSON.createObjectBuilder()
                    .add("text", text).build()));
        }
        for (Attachment attachment : message.attachments()) {
            parts.add(JSON.createObjectBuilder().add("attachment", JSON.createObjectBuilder()
                    .add("type", attachment.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .add("payload", JSON.createObjectBuilder().add("url", attachment.url()).add("is_reusable", true)))
                    .build());
        }
        return parts;
    }

    /** How many Send API calls a message takes: its text's parts, then one per file. */
    public static int partCount(String text, int files) {
        return (text == null || text.isBlank() ? 0 : MessengerText.parts(text).size()) + files;
    }

    private JsonObject request(OutgoingMessage message, JsonObject part, int index, Instant now) {
        JsonObjectBuilder request = JSON.createObjectBuilder()
                .add("recipient", JSON.createObjectBuilder().add("id", message.recipientSourceId()))
                .add("message", JSON.createObjectBuilder(part)
                        .add("metadata", metadataOf(message.messageId(), index)));
        if (Duration.between(message.customerLastWroteAt(), now).compareTo(STANDARD_WINDOW) <= 0) {
            request.add("messaging_type", "RESPONSE");
        } else {
            request.add("messaging_type", "MESSAGE_TAG").add("tag", "HUMAN_AGENT");
        }
        return request.build();
    }

    /** Facebook's own wait when it names one; else back-off, longer for rate limits, never shorter than the echo grace after a lost answer. */
    private static Duration wait(GraphException refused, OutgoingMessage message) {
        if (refused.retryAfter().isPresent()) {
            return refused.retryAfter().get();
        }
        if (refused.rateLimited()) {
            return backOff(RATE_LIMIT_PAUSE, message.sendAttempts());
        }
        Duration wait = backOff(FIRST_RETRY, message.sendAttempts());
        return refused.code() == null && wait.compareTo(ECHO_GRACE) < 0 ? ECHO_GRACE : wait;
    }

    /** Exponential back-off for repeated failures of the same message, capped. */
    static Duration backOff(Duration first, int attempts) {
        Duration wait = first.multipliedBy(1L << Math.min(attempts, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
