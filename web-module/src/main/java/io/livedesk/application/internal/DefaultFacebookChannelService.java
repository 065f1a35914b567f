package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.FacebookChannelService;
import io.livedesk.application.InboxService;
import io.livedesk.application.InboxService.InboxView;
import io.livedesk.application.internal.FacebookChannelRecords.PageAccess;
import io.livedesk.application.internal.FacebookChannelRecords.TakenAnswer;
import io.livedesk.infrastructure.facebook.GraphClient;
import io.livedesk.infrastructure.facebook.GraphException;
import io.livedesk.infrastructure.facebook.ManagedPage;
import io.livedesk.infrastructure.security.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Connecting a Facebook Page, step by step: the login dialog, the code exchanged for a long-lived user token, the
 * Pages listed, the chosen Page's token stored (encrypted), the webhook subscription made and read back. Facebook
 * is called between the database steps of {@link FacebookChannelRecords}, never inside a transaction.
 */
@ApplicationScoped
public class DefaultFacebookChannelService implements FacebookChannelService {

    private static final Logger LOG = Logger.getLogger(DefaultFacebookChannelService.class.getName());

    @Inject
    FacebookChannelRecords records;

    @Inject
    GraphClient graph;

    @Inject
    InboxService inboxService;

    @Inject
    AccessGuard access;

    @Override
    public LoginStarted startLogin(Actor administrator) {
        access.requireAdministrator(administrator);
        String state = BearerTokens.newToken();
        String dialogUrl = dialogUrl(state);
        long loginId = records.newLogin(administrator, state);
        return new LoginStarted(loginId, dialogUrl, records.view(loginId).expiresAt());
    }

    @Override
    public LoginView completeLogin(DialogAnswer answer) {
        TakenAnswer taken = records.takeAnswer(answer);
        if (taken.loginId() == null) {
            throw new DomainProblem.Invalid(taken.problem());
        }
        if (taken.problem() != null) {
            return records.view(taken.loginId());
        }
        try {
            String userToken = graph.longLivedUserToken(graph.exchangeCode(answer.code()));
            List<ManagedPage> pages = graph.managedPages(userToken);
            records.pagesListed(taken.loginId(), userToken, pages);
        } catch (GraphException refused) {
            LOG.warning("Facebook login " + taken.loginId() + " failed: " + refused.explanation());
            records.loginFailed(taken.loginId(), "Facebook did not complete the login. " + refused.explanation());
        }
        return records.view(taken.loginId());
    }

    @Override
    public LoginView login(Actor administrator, long loginId) {
        return records.view(administrator, loginId);
    }

    @Override
    public InboxView connectPage(Actor administrator, long loginId, String pageId) {
        access.requireAdministrator(administrator);
        String userToken = records.userTokenForChoosing(administrator, loginId, pageId);
        ManagedPage page;
        try {
            page = graph.managedPages(userToken).stream().filter(p -> p.id().equals(pageId)).findFirst()
                    .orElseThrow(() -> new DomainProblem.Conflict("Facebook no longer lists Page " + pageId
                            + " for you; check your role on the Page and log in again."));
        } catch (GraphException refused) {
            throw channelFailure("Facebook did not give the Page's token.", refused);
        }
        long inboxId = records.storePage(administrator, loginId, page);
        subscribe(records.pageAccess(administrator, inboxId));
        return inboxService.get(administrator, inboxId);
    }

    @Override
    public InboxView resubscribe(Actor administrator, long inboxId) {
        access.requireAdministrator(administrator);
        subscribe(records.pageAccess(administrator, inboxId));
        return inboxService.get(administrator, inboxId);
    }

    @Override
    public InboxView disconnect(Actor administrator, long inboxId) {
        access.requireAdministrator(administrator);
        PageAccess page = records.pageAccess(administrator, inboxId);
        try {
            graph.unsubscribe(page.pageId(), page.pageToken());
        } catch (GraphException refused) {
            if (!refused.tokenInvalid()) {
                throw channelFailure("Facebook did not remove the subscription; the Page stays connected.", refused);
            }
            // A dead token cannot unsubscribe, and Facebook already stopped delivering for it: disconnect anyway.
        }
        records.disconnected(inboxId);
        return inboxService.get(administrator, inboxId);
    }

    /** Subscribes and reads the subscription back: only what Facebook reports counts as subscribed. */
    private void subscribe(PageAccess page) {
        try {
            graph.subscribe(page.pageId(), page.pageToken(), GraphClient.WEBHOOK_FIELDS);
            List<String> confirmed = graph.subscribedFields(page.pageId(), page.pageToken());
            List<String> missing = GraphClient.WEBHOOK_FIELDS.stream().filter(f -> !confirmed.contains(f)).toList();
            if (missing.isEmpty()) {
                records.subscribed(page.inboxId(), confirmed);
            } else {
                records.subscriptionIncomplete(page.inboxId(), missing);
            }
        } catch (GraphException refused) {
            LOG.warning("Webhook subscription of Page " + page.pageId() + " failed: " + refused.explanation());
            records.subscriptionFailed(page.inboxId(), refused);
        }
    }

    private String dialogUrl(String state) {
        try {
            return graph.loginDialogUrl(state);
        } catch (GraphClient.FacebookNotConfigured notConfigured) {
            throw new DomainProblem.Conflict(notConfigured.getMessage());
        }
    }

    private static DomainProblem.ChannelFailure channelFailure(String what, GraphException refused) {
        return new DomainProblem.ChannelFailure(what + " " + refused.explanation(), refused.code(), refused.subcode());
    }

}
