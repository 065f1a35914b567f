package io.livedesk.application.internal;

import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessage.Author;
import io.livedesk.application.InboundMessage.InboundAttachment;
import io.livedesk.application.InboundMessageService;
import io.livedesk.domain.contact.Contact;
import io.livedesk.domain.contact.ContactIdentity;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.message.DeliveryStatus;
import io.livedesk.domain.message.Message;
import io.livedesk.infrastructure.facebook.FacebookSettings;
import io.livedesk.infrastructure.facebook.MessengerEvent;
import io.livedesk.infrastructure.facebook.MessengerEvent.Attachment;
import io.livedesk.infrastructure.facebook.MessengerEvent.CustomerMessage;
import io.livedesk.infrastructure.facebook.MessengerEvent.Delivery;
import io.livedesk.infrastructure.facebook.MessengerEvent.Edit;
import io.livedesk.infrastructure.facebook.MessengerEvent.PageEcho;
import io.livedesk.infrastructure.facebook.MessengerEvent.Postback;
import io.livedesk.infrastructure.facebook.MessengerEvent.Reaction;
import io.livedesk.infrastructure.facebook.MessengerEvent.Read;
import io.livedesk.infrastructure.facebook.MessengerEvent.Referral;
import io.livedesk.infrastructure.facebook.FacebookChannelGateway;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What each Messenger event changes, for one connected inbox. Every effect is idempotent, and none depends on
 * arriving in order (Facebook retries, and several servers share the work): messages are unique per mid and dated
 * by Facebook's timestamp, delivery and read watermarks only move statuses forward, a reaction or an edit older
 * than what is already shown is ignored.
 *
 * <p>Runs in the caller's transaction (the webhook delivery's): if anything fails, the delivery is tried again
 * as a whole, which the idempotence makes safe. Messages themselves are written by {@link InboundMessageService}
 * in transactions of their own.
 */
@ApplicationScoped
public class MessengerEventApplier {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String OWN_METADATA_PREFIX = "livedesk:";
    /** How much of a replied-to message is quoted beside the reply. */
    static final int REPLIED_TEXT_SHOWN = 140;

    @Inject
    InboundMessageService inbound;

    @Inject
    ContactRepository contacts;

    @Inject
    ConversationRepository conversations;

    @Inject
    MessageRepository messages;

    @Inject
    FacebookSettings facebook;

    @Inject
    Clock clock;

    /** Applies one event to the inbox the event's Page is connected to. */
    public void apply(Inbox inbox, MessengerEvent event) {
        if (event instanceof CustomerMessage message) {
            inbound.receive(new InboundMessage(inbox.getId(), message.customerId(), message.mid(),
                    message.text(), withRepliedMessage(inbox.getId(), standbyNoted(message)),
                    attachments(message.attachments()), message.sentAt()));
        } else if (event instanceof Postback postback) {
            receivePostback(inbox, postback);
        } else if (event instanceof PageEcho echo) {
            applyEcho(inbox, echo);
        } else if (event instanceof Referral referral) {
            keepReferral(inbox.getId(), referral.customerId(), referral.referralJson());
        } else if (event instanceof Delivery delivery) {
            applyWatermark(inbox.getId(), delivery.customerId(), delivery.watermark(), delivery.mids(),
                    DeliveryStatus.DELIVERED);
        } else if (event instanceof Read read) {
            applyWatermark(inbox.getId(), read.customerId(), read.watermark(), List.of(), DeliveryStatus.READ);
        } else if (event instanceof Reaction reaction) {
            applyReaction(inbox.getId(), reaction);
        } else if (event instanceof Edit edit) {
            applyEdit(inbox.getId(), edit);
        }
    }

    /** "Get Started" and other buttons: shown as the customer's message, with the button's payload kept. */
    private void receivePostback(Inbox inbox, Postback postback) {
        JsonObjectBuilder details = JSON.createObjectBuilder().add("postback", JSON.createObjectBuilder()
                .add("title", postback.title() == null ? "" : postback.title())
                .add("payload", postback.payload() == null ? "" : postback.payload()));
        if (postback.referralJson() != null) {
            details.add("referral", JSON.createReader(new StringReader(postback.referralJson())).readValue());
        }
        // Older postbacks carry no mid: the customer, the time and the payload identify one (REFERENCE §5.5).
        String externalId = postback.mid() != null ? postback.mid() : "postback:" + postback.customerId() + ":"
                + (postback.sentAt() == null ? 0 : postback.sentAt().toEpochMilli()) + ":" + postback.payload();
        inbound.receive(new InboundMessage(inbox.getId(), postback.customerId(), externalId,
                postback.title(), details.build().toString(), List.of(), postback.sentAt()));
        if (postback.referralJson() != null) {
            keepReferral(inbox.getId(), postback.customerId(), postback.referralJson());
        }
    }

    /**
     * Our own sends come back with our app id and our metadata: they only confirm a part (whose answer may have
     * been lost). Anything else the Page sent was typed outside LiveDesk and is shown as such.
     */
    private void applyEcho(Inbox inbox, PageEcho echo) {
        if (echo.metadata() != null && echo.metadata().startsWith(OWN_METADATA_PREFIX)
                && facebook.appId().map(id -> id.equals(echo.appId())).orElse(false)) {
            confirmOwnPart(inbox.getId(), echo);
            return;
        }
        inbound.receive(new InboundMessage(inbox.getId(), echo.customerId(), echo.mid(), echo.text(),
                echo.appId() == null ? null : JSON.createObjectBuilder().add("app_id", echo.appId()).build().toString(),
                attachments(echo.attachments()), echo.sentAt(), Author.BUSINESS_OUTSIDE_LIVEDESK));
    }

    void confirmOwnPart(long inboxId, PageEcho echo) {
        String[] reference = echo.metadata().split(":");
        if (reference.length != 3) {
            return;
        }
        Optional<Message> own = messages.find(Long.parseLong(reference[1]))
                .filter(m -> m.getInbox().getId() == inboxId);
        int part = Integer.parseInt(reference[2]);
        own.filter(m -> m.getDeliveryStatus() == DeliveryStatus.QUEUED && m.getPartsSent() == part)
                .ifPresent(m -> m.partSent(echo.mid(), FacebookChannelGateway.partCount(m.getContent(),
                        m.getAttachments().size()), clock.instant()));
    }

    void keepReferral(long inboxId, String customerId, String referralJson) {
        Optional<Contact> contact = contacts.findIdentity(inboxId, customerId).map(ContactIdentity::getContact);
        if (contact.isEmpty()) {
            return; // the customer has not written yet; the referral comes again inside their first postback
        }
        conversations.findActive(inboxId, contact.get().getId())
                .ifPresent(conversation -> conversation.cameFrom(referralJson, clock.instant()));
    }

    void applyWatermark(long inboxId, String customerId, Instant watermark, List<String> mids, DeliveryStatus status) {
        Optional<Conversation> conversation = contacts.findIdentity(inboxId, customerId)
                .flatMap(identity -> conversations.findLatest(inboxId, identity.getContact().getId()));
        if (conversation.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Message message : messages.outgoingUpTo(conversation.get().getId(), watermark)) {
            advance(message, status, now);
        }
        for (String mid : mids) {
            messages.findByExternalId(inboxId, mid).filter(Message::isOutgoing).ifPresent(m -> advance(m, status, now));
        }
    }

    private static void advance(Message message, DeliveryStatus status, Instant now) {
        if (status == DeliveryStatus.READ) {
            message.read(now);
        } else {
            message.delivered(now);
        }
    }

    /** The customer's current reaction is kept on the message; an older event than the one shown changes nothing. */
    void applyReaction(long inboxId, Reaction reaction) {
        messages.findByExternalId(inboxId, reaction.targetMid()).ifPresent(message -> {
            JsonObject attributes = attributesOf(message);
            JsonObject current = attributes.getJsonObject("reaction");
            long at = reaction.sentAt() == null ? 0 : reaction.sentAt().toEpochMilli();
            if (current != null && current.getJsonNumber("at").longValue() > at) {
                return;
            }
            JsonObjectBuilder updated = JSON.createObjectBuilder(attributes);
            if ("unreact".equals(reaction.action())) {
                updated.add("reaction", JSON.createObjectBuilder().add("at", at).add("removed", true));
            } else {
                updated.add("reaction", JSON.createObjectBuilder().add("at", at)
                        .add("reaction", reaction.reaction() == null ? "other" : reaction.reaction())
                        .add("emoji", reaction.emoji() == null ? "" : reaction.emoji()));
            }
            message.describeWith(updated.build().toString());
        });
    }

    /** The new text is shown; the first text the customer sent is kept beside it. */
    void applyEdit(long inboxId, Edit edit) {
        messages.findByExternalId(inboxId, edit.mid()).filter(m -> !m.isOutgoing()).ifPresent(message -> {
            JsonObject attributes = attributesOf(message);
            JsonObject known = attributes.getJsonObject("edit");
            if (known != null && known.getInt("count", 0) >= edit.editCount()) {
                return;
            }
            String original = known != null ? known.getString("originalText", "")
                    : message.getContent() == null ? "" : message.getContent();
            JsonObject updated = JSON.createObjectBuilder(attributes).add("edit", JSON.createObjectBuilder()
                    .add("count", edit.editCount()).add("originalText", original)).build();
            message.editedByCustomer(edit.text(), updated.toString(), clock.instant());
        });
    }

    /**
     * A reply to an earlier message names it as LiveDesk knows it (its id and the start of its text), so that agents
     * see what the customer answered; Facebook gives only the earlier message's mid.
     */
    private String withRepliedMessage(long inboxId, String attributesJson) {
        if (attributesJson == null) {
            return null;
        }
        JsonObject attributes = JSON.createReader(new StringReader(attributesJson)).readObject();
        if (!(attributes.get("reply_to") instanceof JsonObject replyTo)
                || !(replyTo.get("mid") instanceof JsonString repliedMid)) {
            return attributesJson;
        }
        return messages.findByExternalId(inboxId, repliedMid.getString())
                .map(replied -> JSON.createObjectBuilder(attributes).add("reply_to", JSON.createObjectBuilder(replyTo)
                        .add("message_id", replied.getId())
                        .add("text", excerpt(replied.getContent()))).build().toString())
                .orElse(attributesJson);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= REPLIED_TEXT_SHOWN) {
            return text;
        }
        // Cut between code points, never inside an emoji's surrogate pair.
        return text.substring(0, text.offsetByCodePoints(0, REPLIED_TEXT_SHOWN - 1)) + "…";
    }

    private static JsonObject attributesOf(Message message) {
        if (message.getContentAttributes() == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JSON.createReader(new StringReader(message.getContentAttributes())).readObject();
    }

    private static String standbyNoted(CustomerMessage message) {
        if (!message.standby()) {
            return message.attributesJson();
        }
        JsonObject attributes = message.attributesJson() == null ? JsonValue.EMPTY_JSON_OBJECT
                : JSON.createReader(new StringReader(message.attributesJson())).readObject();
        return JSON.createObjectBuilder(attributes).add("standby", true).build().toString();
    }

    private static List<InboundAttachment> attachments(List<Attachment> attachments) {
        return attachments.stream().map(a -> new InboundAttachment(a.kind(), a.url(), a.title())).toList();
    }

}
