package io.livedesk.application.internal;

import io.livedesk.application.ChannelGateway;
import io.livedesk.application.ChannelGateway.Deferred;
import io.livedesk.application.ChannelGateway.OutgoingMessage;
import io.livedesk.application.ChannelGateway.PartSent;
import io.livedesk.application.ChannelGateway.Refused;
import io.livedesk.application.ChannelGateway.SendResult;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.message.Message;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends one part of the next due outgoing message and records what happened, in one transaction: the row lock
 * taken by the claim keeps every other sender away until the outcome is committed. One part per transaction,
 * so that the parts Facebook took are committed before the next one goes (a retry never resends them).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** About a day of back-off; the reply window closes before anything longer would help. */
    static final int MAX_ATTEMPTS = 12;

    @Inject
    MessageRepository messages;

    @Inject
    ContactRepository contacts;

    @Inject
    InboxRepository inboxes;

    @Inject
    ChannelGateway gateway;

    @Inject
    Clock clock;

    @Transactional
    public boolean sendNext() {
        Instant now = clock.instant();
        Optional<Message> claimed = messages.claimNextOutgoing(now);
        if (claimed.isEmpty()) {
            return false;
        }
        Message message = claimed.get();
        Conversation conversation = message.getConversation();
        Optional<String> recipient = contacts.sourceIdIn(message.getInbox().getId(), conversation.getContact().getId());
        if (recipient.isEmpty()) {
            message.failed(null, "The customer has no identity in this inbox's channel to send to.", now);
            return true;
        }
        OutgoingMessage outgoing = new OutgoingMessage(message.getId(), message.getInbox().getId(), recipient.get(),
                message.getContent(), message.getAttachments().stream()
                        .map(a -> new ChannelGateway.Attachment(a.getKind(), a.getRemoteUrl())).toList(),
                message.getSenderKind(), conversation.getLastCustomerMessageAt(),
                message.getPartsSent(), message.getSendAttempts());
        SendResult result = gateway.sendNextPart(outgoing, now);
        if (result instanceof PartSent sent) {
            // Dated when it was handed to Facebook, not when the answer came: Facebook's delivery and read
            // watermarks are its own timestamps of our messages, which fall between the two.
            message.partSent(sent.externalId(), sent.partCount(), now);
        } else if (result instanceof Deferred deferred) {
            if (message.getSendAttempts() + 1 >= MAX_ATTEMPTS) {
                message.failed(deferred.platformCode(), "Gave up after " + MAX_ATTEMPTS + " attempts. "
                        + deferred.reason(), clock.instant());
            } else {
                message.sendingDeferred(now.plus(deferred.retryAfter()), deferred.platformCode(), deferred.reason(),
                        clock.instant());
            }
        } else if (result instanceof Refused refused) {
            message.failed(refused.platformCode(), refused.reason(), clock.instant());
            if (refused.tokenInvalid()) {
                inboxes.facebookChannelOf(message.getInbox().getId())
                        .filter(channel -> !channel.isReauthorizationRequired())
                        .ifPresent(channel -> {
                            LOG.warning("Facebook refused the token of Page " + channel.getPageId()
                                    + "; the channel needs reauthorization: " + refused.reason());
                            channel.requireReauthorization(refused.platformCode(), refused.platformSubcode(),
                                    refused.reason(), clock.instant());
                        });
            }
        }
        return true;
    }
}
