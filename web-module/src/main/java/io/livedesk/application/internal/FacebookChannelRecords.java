package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.FacebookChannelService.DialogAnswer;
import io.livedesk.application.FacebookChannelService.LoginView;
import io.livedesk.application.FacebookChannelService.PageChoice;
import io.livedesk.domain.account.User;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.domain.inbox.FacebookLogin;
import io.livedesk.domain.inbox.FacebookLoginStatus;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.infrastructure.facebook.GraphException;
import io.livedesk.infrastructure.facebook.ManagedPage;
import io.livedesk.infrastructure.persistence.FacebookLoginRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.UserRepository;
import io.livedesk.infrastructure.security.BearerTokens;
import io.livedesk.infrastructure.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database half of connecting a Page, one short transaction per step, so that no transaction stays open while
 * Facebook is being called (see {@link DefaultFacebookChannelService} for the order of the steps).
 */
@ApplicationScoped
@Transactional
public class FacebookChannelRecords {

    /** Looked up once: {@code Json.create...} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(15);

    @Inject
    FacebookLoginRepository logins;

    @Inject
    InboxRepository inboxes;

    @Inject
    UserRepository users;

    @Inject
    SecretCipher secrets;

    @Inject
    Clock clock;

    /** A new login bound to the administrator; only the hash of its state is kept. */
    public long newLogin(Actor administrator, String state) {
        User admin = users.find(administrator.userId())
                .orElseThrow(() -> new DomainProblem.NotFound("User", administrator.userId()));
        Instant now = clock.instant();
        FacebookLogin login = logins.add(new FacebookLogin(BearerTokens.hashOf(state), admin, now,
                now.plus(LOGIN_LIFETIME)));
        logins.flush();
        return login.getId();
    }

    /**
     * Takes Facebook's answer for the login its state names, once: a second answer with the same state, an unknown
     * state or an expired login come back as a problem to show, not as the login.
     */
    public TakenAnswer takeAnswer(DialogAnswer answer) {
        if (answer.state() == null || answer.state().isBlank()) {
            return TakenAnswer.refused("Facebook's answer came without the login's state. Start again from LiveDesk.");
        }
        Optional<FacebookLogin> found = logins.findByStateHashForUpdate(BearerTokens.hashOf(answer.state()));
        if (found.isEmpty()) {
            return TakenAnswer.refused("This Facebook login is not one LiveDesk started. Start again from LiveDesk.");
        }
        FacebookLogin login = found.get();
        Instant now = clock.instant();
        if (!login.isAwaitingFacebook()) {
            return TakenAnswer.refused("This Facebook login link was already used. Start again from LiveDesk.");
        }
        if (login.isExpired(now)) {
            login.failed("The Facebook login took too long and expired. Start again from LiveDesk.", now);
            return new TakenAnswer(login.getId(), login.getProblem());
        }
        if (answer.error() != null || answer.code() == null || answer.code().isBlank()) {
            login.cancelled("Facebook login was cancelled or the permissions were not granted"
                    + (answer.errorDescription() == null ? "" : " (" + answer.errorDescription() + ")")
                    + ". Nothing was connected; you can try again.", now);
            return new TakenAnswer(login.getId(), login.getProblem());
        }
        login.answerReceived(now);
        return new TakenAnswer(login.getId(), null);
    }

    public record TakenAnswer(Long loginId, String problem) {
        static TakenAnswer refused(String problem) {
            return new TakenAnswer(null, problem);
        }
    }

    public void pagesListed(long loginId, String userToken, List<ManagedPage> pages) {
        JsonArrayBuilder listed = JSON.createArrayBuilder();
        for (ManagedPage page : pages) {
            listed.add(JSON.createObjectBuilder()
                    .add("id", page.id())
                    .add("name", page.name() == null ? page.id() : page.name())
                    .add("category", page.category() == null ? "" : page.category())
                    .add("canMessage", page.canMessage()));
        }
        login(loginId).pagesListed(secrets.encrypt(userToken), listed.build().toString(), clock.instant());
    }

    public void loginFailed(long loginId, String why) {
        login(loginId).failed(why, clock.instant());
    }

    public LoginView view(Actor administrator, long loginId) {
        return view(ownLogin(administrator, loginId));
    }

    public LoginView view(long loginId) {
        return view(login(loginId));
    }

    /** The user token of a login that is waiting for its administrator to pick a Page. */
    public String userTokenForChoosing(Actor administrator, long loginId, String pageId) {
        FacebookLogin login = ownLogin(administrator, loginId);
        if (login.getStatus() != FacebookLoginStatus.CHOOSING_PAGE) {
            throw new DomainProblem.Conflict("This Facebook login is " + login.getStatus().name().toLowerCase()
                    .replace('_', ' ') + "; start a new one to connect a Page.");
        }
        if (login.isExpired(clock.instant())) {
            throw new DomainProblem.Conflict("This Facebook login expired; start a new one to connect a Page.");
        }
        if (pagesOf(login).stream().noneMatch(p -> p.id().equals(pageId))) {
            throw new DomainProblem.Invalid("Page " + pageId + " is not among the Pages Facebook listed for you.");
        }
        return secrets.decrypt(login.getEncryptedUserToken());
    }

    /**
     * Stores the Page: a new inbox and channel, or the new token of a Page that is already connected (which clears
     * its reauthorization flag). Returns the inbox id.
     */
    public long storePage(Actor administrator, long loginId, ManagedPage page) {
        Instant now = clock.instant();
        User admin = users.find(administrator.userId())
                .orElseThrow(() -> new DomainProblem.NotFound("User", administrator.userId()));
        String token = secrets.encrypt(page.accessToken());
        String name = page.name() == null ? "Facebook Page " + page.id() : page.name();
        Optional<FacebookPageChannel> existing = inboxes.facebookChannelOfPage(page.id());
        long inboxId;
        if (existing.isPresent()) {
            existing.get().replaceToken(token, name, admin, now);
            inboxId = existing.get().getInbox().getId();
        } else {
            Inbox inbox = inboxes.add(new Inbox(name, ChannelType.FACEBOOK_PAGE, now));
            inboxes.addFacebookChannel(new FacebookPageChannel(inbox, page.id(), name, token, admin, now));
            inboxes.flush();
            inboxId = inbox.getId();
        }
        login(loginId).connected(inboxId, now);
        return inboxId;
    }

    /** The channel and its token, for a call to Facebook on an administrator's behalf. */
    public PageAccess pageAccess(Actor administrator, long inboxId) {
        if (!administrator.isAdministrator()) {
            throw new DomainProblem.Forbidden("Only administrators manage channels.");
        }
        FacebookPageChannel channel = inboxes.facebookChannelOf(inboxId)
                .orElseThrow(() -> new DomainProblem.NotFound("Facebook channel of inbox", inboxId));
        if (!channel.isConnected()) {
            throw new DomainProblem.Conflict("This Page is disconnected; log in with Facebook to connect it again.");
        }
        return new PageAccess(inboxId, channel.getPageId(), secrets.decrypt(channel.getEncryptedPageToken()));
    }

    public record PageAccess(long inboxId, String pageId, String pageToken) {
    }

    public void subscribed(long inboxId, List<String> fields) {
        channel(inboxId).subscribed(String.join(",", fields), clock.instant());
    }

    public void subscriptionFailed(long inboxId, GraphException failure) {
        FacebookPageChannel channel = channel(inboxId);
        channel.subscriptionFailed(failure.code(), failure.subcode(), failure.explanation(), clock.instant());
        if (failure.tokenInvalid()) {
            channel.requireReauthorization(failure.code(), failure.subcode(), failure.explanation(), clock.instant());
        }
    }

    public void subscriptionIncomplete(long inboxId, List<String> missing) {
        channel(inboxId).subscriptionFailed(null, null, "Facebook's read-back of the subscription lacks "
                + String.join(", ", missing) + "; try subscribing again.", clock.instant());
    }

    public void disconnected(long inboxId) {
        channel(inboxId).disconnected(clock.instant());
    }

    private FacebookPageChannel channel(long inboxId) {
        return inboxes.facebookChannelOf(inboxId)
                .orElseThrow(() -> new DomainProblem.NotFound("Facebook channel of inbox", inboxId));
    }

    private FacebookLogin login(long loginId) {
        return logins.find(loginId).orElseThrow(() -> new DomainProblem.NotFound("Facebook login", loginId));
    }

    /** Another administrator's login is as invisible as one that does not exist. */
    private FacebookLogin ownLogin(Actor administrator, long loginId) {
        FacebookLogin login = login(loginId);
        if (!administrator.isAdministrator() || login.getAdministrator().getId() != administrator.userId()) {
            throw new DomainProblem.NotFound("Facebook login", loginId);
        }
        return login;
    }

    private LoginView view(FacebookLogin login) {
        List<PageChoice> listed = pagesOf(login);
        java.util.Map<String, Long> connected = inboxes.connectedInboxesOfPages(
                listed.stream().map(PageChoice::id).toList());
        List<PageChoice> pages = listed.stream().map(p -> new PageChoice(p.id(), p.name(), p.category(),
                p.canMessage(), connected.get(p.id()))).toList();
        // A login left waiting past its lifetime reads as failed, with the reason, without waiting for a write.
        boolean lapsed = login.isExpired(clock.instant()) && (login.getStatus() == FacebookLoginStatus.CHOOSING_PAGE
                || login.getStatus() == FacebookLoginStatus.AWAITING_FACEBOOK);
        return new LoginView(login.getId(), lapsed ? FacebookLoginStatus.FAILED : login.getStatus(), pages,
                lapsed ? "This Facebook login expired; start a new one to connect a Page." : login.getProblem(),
                login.getInboxId(), login.getExpiresAt());
    }

    private static List<PageChoice> pagesOf(FacebookLogin login) {
        if (login.getPages() == null) {
            return List.of();
        }
        List<PageChoice> pages = new ArrayList<>();
        for (JsonValue value : JSON.createReader(new StringReader(login.getPages())).readArray()) {
            JsonObject page = value.asJsonObject();
            pages.add(new PageChoice(page.getString("id"), page.getString("name"), page.getString("category", ""),
                    page.getBoolean("canMessage", true), null));
        }
        return pages;
    }
}
