package io.livedesk.application.internal;

import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.domain.webhook.WebhookEventStatus;
import io.livedesk.infrastructure.facebook.MessengerEvent;
import io.livedesk.infrastructure.facebook.MessengerEvent.Unhandled;
import io.livedesk.infrastructure.facebook.MessengerEventParser;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.WebhookEventRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies stored webhook deliveries: locks those given, turns each customer message into contact, conversation and
 * message, and records the outcomes. Each message is applied in its own transaction and is idempotent on its mid,
 * so a delivery applied twice (a crash between applying and recording) changes nothing.
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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Applies those of these deliveries that are still waiting and due, in one transaction: each is locked, so a
     * delivery another drain or server holds is skipped, and each outcome is written at the commit. A delivery whose
     * messages cannot be written now is tried again later; the others go on.
     */
    @Transactional
    public void process(List<Long> ids) {
        Map<String, Optional<FacebookPageChannel>> channelsOfPages = new HashMap<>();
        for (WebhookEvent event : events.lockWaiting(ids, clock.instant())) {
            process(event, channelsOfPages);
            if (transactions.getRollbackOnly()) {
                // What failed doomed the whole transaction: the worker tries each delivery alone.
                throw new IllegalStateException("Webhook event " + event.getId() + " left its batch unable to commit");
            }
        }
    }

    private void process(WebhookEvent event, Map<String, Optional<FacebookPageChannel>> channelsOfPages) {
        try {
            List<MessengerEvent> parsed = MessengerEventParser.parse(event.getBody());
            String problem = apply(parsed, channelsOfPages);
            if (problem == null) {
                event.processed(clock.instant());
            } else {
                event.failed(problem, clock.instant());
            }
        } catch (MessengerEventParser.UnreadableBody unreadable) {
            event.failed(unreadable.getMessage(), clock.instant());
        } catch (RuntimeException passing) {
            tryLater(event, passing);
        }
    }

    /** A delivery whose transaction failed as a whole: one more attempt is counted, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, RuntimeException failure) {
        events.find(id).filter(e -> e.getStatus() == WebhookEventStatus.PENDING).ifPresent(e -> tryLater(e, failure));
    }

    private void tryLater(WebhookEvent event, RuntimeException failure) {
        LOG.log(Level.WARNING, "Webhook event " + event.getId() + " will be tried again", failure);
        if (event.getAttempts() + 1 >= MAX_ATTEMPTS) {
            event.failed("Gave up after " + MAX_ATTEMPTS + " attempts: " + failure.getMessage(), clock.instant());
        } else {
            event.retryLater(String.valueOf(failure.getMessage()),
                    clock.instant().plus(Duration.ofSeconds(1L << event.getAttempts())));
        }
    }

    /** The ids of deliveries waiting and due since {@code from}, oldest first; nothing is locked. */
    @Transactional
    public List<Long> dueIds(Instant from, int limit) {
        return events.waitingIds(from, clock.instant(), limit);
    }

    /** Null when every event was applied (or is of a kind kept as it is), else why some could not be. */
    private String apply(List<MessengerEvent> parsed, Map<String, Optional<FacebookPageChannel>> channelsOfPages) {
        StringBuilder problems = new StringBuilder();
        for (MessengerEvent messengerEvent : parsed) {
            if (messengerEvent instanceof Unhandled unhandled) {
                unhandledKinds.count(unhandled.kind());
                continue;
            }
            Optional<FacebookPageChannel> channel = channelsOfPages.computeIfAbsent(messengerEvent.pageId(),
                    inboxes::facebookChannelOfPage);
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
