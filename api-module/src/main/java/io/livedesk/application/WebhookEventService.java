package io.livedesk.application;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.webhook.WebhookEventStatus;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Webhook deliveries: stored durably as they arrive (before the channel is answered), and shown to
 * administrators, who can replay one that failed.
 */
public interface WebhookEventService {

    /** A delivery as an administrator sees it; {@code body} is the delivery's text as it arrived. */
    record WebhookEventView(long id, ChannelType channelType, WebhookEventStatus status, int attempts,
                            String lastError, Instant receivedAt, Instant processedAt, String body) {
    }

    /**
     * Stores the delivery durably, with the others that arrive meanwhile (one commit for all of them), and completes
     * {@code stored} with its id once it is committed, or with the reason it could not be stored; only then may the
     * channel be answered. Attach what answers the channel to {@code stored} before calling: the call may write
     * other deliveries' groups before it returns.
     */
    void store(ChannelType channelType, byte[] body, CompletableFuture<Long> stored);

    Page<WebhookEventView> list(Actor actor, WebhookEventStatus status, String cursor, int limit);

    WebhookEventView replay(Actor actor, long eventId);
}
