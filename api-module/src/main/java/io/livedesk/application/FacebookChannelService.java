package io.livedesk.application;

import io.livedesk.application.InboxService.InboxView;
import io.livedesk.domain.inbox.FacebookLoginStatus;
import java.time.Instant;
import java.util.List;

/**
 * Connecting a Facebook Page: "Log in with Facebook", picking a Page, the webhook subscription, reauthorization
 * and disconnecting. Administrators only; a login belongs to the administrator who started it.
 */
public interface FacebookChannelService {

    /** A login begun: send the browser (or a REST client) to {@code dialogUrl} before {@code expiresAt}. */
    record LoginStarted(long loginId, String dialogUrl, Instant expiresAt) {
    }

    /** A Page the administrator may connect; {@code connectedInboxId} is set when it already is. */
    record PageChoice(String id, String name, String category, boolean canMessage, Long connectedInboxId) {
    }

    record LoginView(long id, FacebookLoginStatus status, List<PageChoice> pages, String problem, Long inboxId,
                     Instant expiresAt) {
    }

    /** What Facebook's redirect back to LiveDesk came with: a code, or an error (the administrator said no). */
    record DialogAnswer(String state, String code, String error, String errorReason, String errorDescription) {
    }

    LoginStarted startLogin(Actor administrator);

    /**
     * Facebook sent the administrator back. Public (the browser arrives without LiveDesk's token): the state is what
     * binds it to the login, and through it to the administrator. Never throws for Facebook's refusals: the login
     * records them.
     */
    LoginView completeLogin(DialogAnswer answer);

    LoginView login(Actor administrator, long loginId);

    /**
     * Connects the chosen Page: a new inbox with its channel, or, when the Page is already connected, its new token
     * (reauthorization). Then subscribes to the Page's webhooks and reads the subscription back; a failed
     * subscription is recorded on the channel, never thrown away.
     */
    InboxView connectPage(Actor administrator, long loginId, String pageId);

    /** Tries the webhook subscription again (after a failure, or when Facebook dropped it). */
    InboxView resubscribe(Actor administrator, long inboxId);

    /** Unsubscribes from the Page's webhooks and forgets its token; the inbox and its conversations stay. */
    InboxView disconnect(Actor administrator, long inboxId);
}
