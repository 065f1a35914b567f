package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.Page;
import io.livedesk.application.WebhookEventService;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.webhook.WebhookEvent;
import io.livedesk.domain.webhook.WebhookEventStatus;
import io.livedesk.infrastructure.persistence.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

@ApplicationScoped
@Transactional
public class DefaultWebhookEventService implements WebhookEventService {

    @Inject
    WebhookEventRepository events;

    @Inject
    AccessGuard access;

    @Inject
    Clock clock;

    @Inject
    WebhookEventIntake intake;

    @Inject
    Event<WebhookEventStored> stored;

    /** Outside any transaction: the intake commits the delivery with others that arrive meanwhile. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void store(ChannelType channelType, byte[] body, CompletableFuture<Long> stored) {
        intake.store(channelType, body, stored);
    }

    @Override
    public Page<WebhookEventView> list(Actor actor, WebhookEventStatus status, String cursor, int limit) {
        access.requireAdministrator(actor);
        Long before = null;
        if (cursor != null) {
            try {
                before = Long.valueOf(cursor);
            } catch (NumberFormatException e) {
                throw new DomainProblem.Invalid("The cursor '" + cursor + "' is not one this API gave out.");
            }
        }
        List<WebhookEvent> found = events.list(status, before, limit + 1);
        boolean more = found.size() > limit;
        List<WebhookEvent> page = more ? found.subList(0, limit) : found;
        return new Page<>(page.stream().map(DefaultWebhookEventService::view).toList(),
                more ? String.valueOf(page.get(limit - 1).getId()) : null);
    }

    @Override
    public WebhookEventView replay(Actor actor, long eventId) {
        access.requireAdministrator(actor);
        WebhookEvent event = events.find(eventId).orElseThrow(() -> new DomainProblem.NotFound("Webhook event", eventId));
        if (event.getStatus() != WebhookEventStatus.FAILED) {
            throw new DomainProblem.Conflict("Only a failed webhook event is replayed; this one is " + event.getStatus() + ".");
        }
        event.replay(clock.instant());
        stored.fire(new WebhookEventStored(List.of(eventId)));
        return view(event);
    }

    private static WebhookEventView view(WebhookEvent event) {
        return new WebhookEventView(event.getId(), event.getChannelType(), event.getStatus(), event.getAttempts(),
                event.getLastError(), event.getReceivedAt(), event.getProcessedAt(),
                new String(event.getBody(), StandardCharsets.UTF_8));
    }
}
