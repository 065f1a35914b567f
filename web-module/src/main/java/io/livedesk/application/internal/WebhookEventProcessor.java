package io.livedesk.application.internal;

import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.infrastructure.facebook.MessengerEvent;
import io.livedesk.infrastructure.facebook.MessengerEvent.Unhandled;
import io.livedesk.infrastructure.facebook.MessengerEventParser;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies one stored webhook delivery: claims the oldest due one, turns each customer message into contact,
 * conversation and message, and records the outcome. Each message is applied in its own transaction and is
 * idempotent on its mid, so a delivery applied twice (a crash between applying and recording) changes nothing.
 */
@ApplicationScoped
public class WebhookEventProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookEventProcessor.class.getName());
    static final int MAX_ATTEMPTS = 8;

    @Inject
    WebhookEventRepository events;

    @Inject
    InboxRepository inboxes;

    @Inject
    MessengerEventApplier applier;

    @Inject
    UnhandledEventKinds unhandledKinds;

    @Inject
    Clock clock;

    /** Processes the oldest due delivery, if any; returns whether there was one. */
    @Transactional
    public boolean processNext() {
        Instant now = clock.instant();
        Optional<WebhookEvent> claimed = events.claimNext(now);
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookEvent event = claimed.get();
        try {
            List<MessengerEvent> parsed = MessengerEventParser.parse(event.getBody());
            String problem = apply(parsed);
            if (problem == null) {
                event.processed(clock.instant());
            } else {
                event.failed(problem, clock.instant());
            }
        } catch (MessengerEventParser.UnreadableBody unreadable) {
            event.failed(unreadable.getMessage(), clock.instant());
        } catch (RuntimeException passing) {
            LOG.log(Level.WARNING, "Webhook event " + event.getId() + " will be tried again", passing);
            if (event.getAttempts() + 1 >= MAX_ATTEMPTS) {
                event.failed("Gave up after " + MAX_ATTEMPTS + " attempts: " + passing.getMessage(), clock.instant());
            } else {
                event.retryLater(String.valueOf(passing.getMessage()),
                        clock.instant().plus(Duration.ofSeconds(1L << event.getAttempts())));
            }
        }
        return true;
    }

    /** Null when every event was applied (or is of a kind kept as it is), else why some could not be. */
    private String apply(List<MessengerEvent> parsed) {
        StringBuilder problems = new StringBuilder();
        for (MessengerEvent messengerEvent : parsed) {
            if (messengerEvent instanceof Unhandled unhandled) {
                unhandledKinds.count(unhandled.kind());
                continue;
            }
            Optional<FacebookPageChannel> channel = inboxes.facebookChannelOfPage(messengerEvent.pageId());
            if (channel.isEmpty()) {
                problems.append("Page ").append(messengerEvent.pageId())
                        .append(" is not connected to LiveDesk; connect it, then replay this event. ");
                continue;
            }
            applier.apply(channel.get().getInbox(), messengerEvent);
        }
        return problems.isEmpty() ? null : problems.toString().strip();
    }
}
