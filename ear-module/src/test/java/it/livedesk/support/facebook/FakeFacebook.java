package it.livedesk.support.facebook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Facebook, as LiveDesk's server-backed tests need it: the Graph API, the login dialog and the CDN on one local port
 * (LiveDesk is configured with {@code LIVEDESK_FACEBOOK_GRAPH_URL} and {@code LIVEDESK_FACEBOOK_LOGIN_URL} pointing
 * here), and a webhook sender that plays Facebook towards LiveDesk.
 *
 * <pre>{@code
 * FakeFacebook fake = FakeFacebook.shared().reset();
 * FakeUser admin = fake.user("Sophie Marchand");
 * FakePage page = fake.page(admin, "Boulangerie Étoile");
 * FakeCustomer camille = fake.customer(page, "Camille", "Lefèvre");
 * // ... LiveDesk connects the Page through the login dialog ...
 * fake.webhook(LiveDeskApi.baseUrl() + "/webhooks/facebook").customerSays(camille, "Bonjour !");
 * // ... an agent answers in LiveDesk ...
 * assertEquals("Bonjour Camille", fake.awaitSends(camille, 1, Duration.ofSeconds(10)).get(0).text());
 * }</pre>
 *
 * <p>One fake runs per JVM ({@link #shared()}), on daemon threads; tests run one after another, so each test class
 * starts with {@link #reset()}, which forgets every user, Page, token, fault and recording.
 */
public final class FakeFacebook {

    public static final String PORT_PROPERTY = "livedesk.test.facebook.port";
    public static final int DEFAULT_PORT = 9190;
    /** The test app of the shared fixtures; LiveDesk's test server is configured with the same. */
    public static final String APP_ID = "1029384756473829";
    public static final String APP_SECRET = "5f1c9a27e3b84d60a1c7e9f2b4d8a630";
    public static final String APP_NAME = "Helpdesk Connect";
    public static final String API_VERSION = "v27.0";

    private static FakeFacebook shared;

    private final HttpServer server;
    private final ExecutorService threads;
    private final String baseUrl;
    private final Faults faults = new Faults();
    private final LoginDialog loginDialog = new LoginDialog(this);
    private final CustomerProfiles profiles = new CustomerProfiles(this);
    private final AutoEcho autoEcho = new AutoEcho(this);
    private final FakeCdn cdn;
    private final List<GraphCall> calls = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile FacebookWorld world = new FacebookWorld();
    private volatile boolean usageHeaders;
    private volatile boolean appSecretProofRequired;
    private volatile int failuresBeforeDisabling;

    private FakeFacebook(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (BindException e) {
            throw new IllegalStateException("Fake Facebook cannot listen on 127.0.0.1:" + port
                    + " (something else uses it; choose another with -D" + PORT_PROPERTY + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        cdn = new FakeCdn(baseUrl);
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-facebook-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", new GraphRouter(this, profiles));
        server.start();
    }

    /** The JVM's fake, started on first use on {@code livedesk.test.facebook.port} (default 9190). */
    public static synchronized FakeFacebook shared() {
        if (shared == null) {
            shared = new FakeFacebook(Integer.getInteger(PORT_PROPERTY, DEFAULT_PORT));
        }
        return shared;
    }

    /** A separate fake on its own port (0: any free port), for a test that must not share; stop it afterwards. */
    public static FakeFacebook startOnPort(int port) {
        return new FakeFacebook(port);
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Forgets everything: users, Pages, customers, tokens, codes, subscriptions, sends, faults, files, modes. */
    public FakeFacebook reset() {
        world = new FacebookWorld();
        faults.clear();
        loginDialog.reset();
        profiles.reset();
        autoEcho.configure(null);
        cdn.clear();
        calls.clear();
        deliveries.clear();
        usageHeaders = false;
        appSecretProofRequired = false;
        failuresBeforeDisabling = 0;
        return this;
    }

    // --- where and who

    /** {@code http://127.0.0.1:9190}: both LIVEDESK_FACEBOOK_GRAPH_URL and LIVEDESK_FACEBOOK_LOGIN_URL. */
    public String baseUrl() {
        return baseUrl;
    }

    public String appId() {
        return APP_ID;
    }

    public String appSecret() {
        return APP_SECRET;
    }

    public String appName() {
        return APP_NAME;
    }

    public String apiVersion() {
        return API_VERSION;
    }

    // --- people, Pages and customers

    /** A new Facebook user. The first user created is the one logged in, until {@link #loginAs}. */
    public FakeUser user(String name) {
        return world.addUser(RandomIds.userId(), name);
    }

    /** A new Page administered (with every task) by {@code admin}, with its own Page token. */
    public FakePage page(FakeUser admin, String name) {
        return page(admin, name, "Local Business", "2500");
    }

    public FakePage page(FakeUser admin, String name, String category, String categoryId) {
        return world.addPage(new FakePage(RandomIds.pageId(), name, category, categoryId, admin, FakePage.ALL_TASKS),
                RandomIds.pageToken());
    }

    /** A new customer of {@code page} with a fresh page-scoped id; their profile is visible. */
    public FakeCustomer customer(FakePage page, String firstName, String lastName) {
        return customer(page, firstName, lastName, "fr_FR", 1, null);
    }

    public FakeCustomer customer(FakePage page, String firstName, String lastName, String locale, int timezone,
            String gender) {
        return world.addCustomer(new FakeCustomer(RandomIds.pageScopedId(), page, firstName, lastName, locale, timezone,
                gender));
    }

    /** The fixtures' Sophie Marchand, her three Pages and their customers, with the fixtures' ids and tokens. */
    public FixtureIdentities fixtureIdentities() {
        return FixtureIdentities.register(this, world);
    }

    /** The Page's current access token (the one {@code /me/accounts} hands out). */
    public String pageToken(FakePage page) {
        return world.pageToken(page);
    }

    /** A long-lived user token for {@code user} granting every Page, as if they had logged in (skips the dialog). */
    public String userToken(FakeUser user) {
        return world.issueUserToken(user, TokenKind.LONG_LIVED_USER, null, FacebookWorld.DEFAULT_SCOPES).value();
    }

    // --- the login dialog

    /** The user the dialog approves as. */
    public void loginAs(FakeUser user) {
        loginDialog.logIn(user);
    }

    /** The next dialog redirects back with {@code error=access_denied&error_reason=user_denied}. */
    public void denyNextLogin() {
        loginDialog.denyNext();
    }

    /**
     * From now on the dialog shows a consent page (for browser tests): the Pages as ticked checkboxes with ids
     * {@code fake-facebook-page-<page-id>}, and the buttons {@code fake-facebook-continue} and
     * {@code fake-facebook-cancel}. Only the ticked Pages are granted.
     */
    public void showConsentPage() {
        loginDialog.useConsentPage(true);
    }

    /** Back to the default: the dialog approves at once, granting every Page of the user. */
    public void approveLoginsAtOnce() {
        loginDialog.useConsentPage(false);
    }

    /** The next approved login grants only these Pages (as if the others were unticked). */
    public void grantNextLoginOnly(FakePage... pages) {
        loginDialog.grantNextOnly(Arrays.stream(pages).map(FakePage::id).collect(Collectors.toSet()));
    }

    /** Every visit to the dialog since the last reset, oldest first. */
    public List<DialogRequest> dialogRequests() {
        return loginDialog.requests();
    }

    public DialogRequest lastDialogRequest() {
        List<DialogRequest> requests = dialogRequests();
        if (requests.isEmpty()) {
            throw new AssertionError("Nobody opened the fake Facebook login dialog");
        }
        return requests.get(requests.size() - 1);
    }

    // --- tokens

    /**
     * Kills the Page's current token: every call with it answers error 190 with this subcode (458 app removed,
     * 460 password changed, 463 expired, 467 logged out, 0 none), with the matching fixture's body. The admin's next
     * {@code /me/accounts} hands out a new token, as after a real reconnection.
     */
    public void invalidateToken(FakePage page, int subcode) {
        invalidateToken(world.pageToken(page), subcode);
    }

    public void invalidateToken(String token, int subcode) {
        world.kill(token, tokenError(subcode));
    }

    /** Kills every token of the user and of their Pages (a password change does that). */
    public void invalidateEveryTokenOf(FakeUser user, int subcode) {
        world.tokensOf(user).forEach(token -> world.kill(token.value(), tokenError(subcode)));
    }

    private static GraphError tokenError(int subcode) {
        return switch (subcode) {
            case 0 -> GraphError.fixture("graph-error-190-invalid-token.json");
            case 458 -> GraphError.fixture("graph-error-190-app-not-installed-458.json");
            case 460 -> GraphError.fixture("graph-error-190-password-changed-460.json");
            case 463 -> GraphError.fixture("graph-error-190-expired-463.json");
            case 467 -> GraphError.fixture("graph-error-190-logged-out-467.json");
            default -> GraphError.of(190, subcode, "Error validating access token: The session has been invalidated.");
        };
    }

    /** Graph requires {@code appsecret_proof} on every call with a token ("Require App Secret" switched on). */
    public void requireAppSecretProof(boolean required) {
        appSecretProofRequired = required;
    }

    // --- Pages' webhooks subscriptions

    /** The fields the app is subscribed to on this Page (empty when not subscribed). */
    public List<String> subscribedFields(FakePage page) {
        return world.subscribedFields(page);
    }

    public boolean isSubscribed(FakePage page) {
        return world.isSubscribed(page);
    }

    /** Subscribes as if LiveDesk had done it (for tests that skip the connection flow). */
    public void subscribe(FakePage page, String... fields) {
        world.subscribe(page, List.of(fields));
    }

    // --- customers and what LiveDesk sent them

    public void setProfileMode(FakeCustomer customer, ProfileMode mode) {
        world.setProfileMode(customer, mode);
    }

    /** Sets when the customer last acted (null: never), which decides the Send API's windows. */
    public void setLastCustomerAction(FakeCustomer customer, Instant time) {
        world.setLastInbound(customer.psid(), time);
    }

    public Optional<Instant> lastCustomerAction(FakeCustomer customer) {
        return world.lastInbound(customer.psid());
    }

    /** How often LiveDesk downloaded the customer's profile picture. */
    public int profilePictureDownloads(FakeCustomer customer) {
        return profiles.pictureDownloads(customer);
    }

    /** Every send the fake accepted, oldest first. */
    public List<SentMessage> sends() {
        return world.sends();
    }

    public List<SentMessage> sends(FakePage page) {
        return world.sends().stream().filter(sent -> sent.page().id().equals(page.id())).toList();
    }

    public List<SentMessage> sendsTo(FakeCustomer customer) {
        return world.sends().stream().filter(sent -> sent.psid().equals(customer.psid())).toList();
    }

    /** Waits until LiveDesk has sent {@code count} messages or sender actions to the customer; returns them all. */
    public List<SentMessage> awaitSends(FakeCustomer customer, int count, Duration timeout) {
        return await(customer, sent -> true, count, timeout);
    }

    /** Waits until LiveDesk has sent {@code count} messages (sender actions do not count); returns them all. */
    public List<SentMessage> awaitMessages(FakeCustomer customer, int count, Duration timeout) {
        return await(customer, sent -> sent.messageId() != null, count, timeout);
    }

    private List<SentMessage> await(FakeCustomer customer, java.util.function.Predicate<SentMessage> filter, int count,
            Duration timeout) {
        try {
            List<SentMessage> sends = world.awaitSends(sent -> sent.psid().equals(customer.psid()) && filter.test(sent),
                    count, timeout);
            if (sends.size() < count) {
                throw new AssertionError("Expected " + count + " sends to " + customer + " within " + timeout
                        + " but got " + sends.size() + ": " + sends);
            }
            return sends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The files behind attachment URLs. */
    public FakeCdn cdn() {
        return cdn;
    }

    // --- faults

    /** The next call to {@code endpoint} answers the error in this fixture ({@code graph-error-*.json}). */
    public void failNext(GraphEndpoint endpoint, String errorFixture) {
        failNext(endpoint, GraphError.fixture(errorFixture), 1);
    }

    public void failNext(GraphEndpoint endpoint, String errorFixture, int times) {
        failNext(endpoint, GraphError.fixture(errorFixture), times);
    }

    public void failNext(GraphEndpoint endpoint, GraphError error, int times) {
        faults.add(endpoint, error, Duration.ZERO, times);
    }

    /** Every call to {@code endpoint} fails with this fixture's error until {@link #clearFaults()}. */
    public void failAlways(GraphEndpoint endpoint, String errorFixture) {
        failNext(endpoint, GraphError.fixture(errorFixture), Integer.MAX_VALUE);
    }

    /** The next {@code times} calls to {@code endpoint} answer normally, but only after {@code delay}. */
    public void delayNext(GraphEndpoint endpoint, Duration delay, int times) {
        faults.add(endpoint, null, delay, times);
    }

    /** Planned calls still to fail or wait on this endpoint. */
    public int faultsLeft(GraphEndpoint endpoint) {
        return faults.callsLeft(endpoint);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Adds {@code X-App-Usage} and {@code X-Business-Use-Case-Usage} (normal levels) to every Page call's answer. */
    public void reportUsageHeaders(boolean on) {
        usageHeaders = on;
    }

    // --- what reached the fake

    /** Every request that reached the fake since the last reset, oldest first. */
    public List<GraphCall> calls() {
        return List.copyOf(calls);
    }

    public List<GraphCall> calls(GraphEndpoint endpoint) {
        return calls.stream().filter(call -> call.endpoint() == endpoint).toList();
    }

    // --- webhooks towards LiveDesk

    /** A webhook sender towards {@code url} (LiveDesk's {@code .../webhooks/facebook}), signing with the app secret. */
    public WebhookSender webhook(String url) {
        return new WebhookSender(this, URI.create(url), APP_SECRET, Duration.ofSeconds(5));
    }

    /** The Messenger event factory (timestamps "now"; {@code events().at(instant)} for past events). */
    public MessengerEvents events() {
        return new MessengerEvents(APP_ID, null);
    }

    /**
     * After each successful send, deliver its echo to {@code webhookUrl} (when the Page is subscribed to
     * {@code message_echoes}), shortly after the Send API answered.
     */
    public void autoEcho(String webhookUrl) {
        autoEcho(webhookUrl, false, false);
    }

    /** As {@link #autoEcho(String)}, then the delivery and read events if asked (and subscribed). */
    public void autoEcho(String webhookUrl, boolean thenDelivered, boolean thenRead) {
        autoEcho.configure(new AutoEcho.Settings(URI.create(webhookUrl), thenDelivered, thenRead,
                Duration.ofMillis(200)));
    }

    /**
     * After {@code failures} failed deliveries in a row for a Page (no 2xx within the timeout), the fake removes the
     * app's subscription to that Page, as Facebook does after an hour of failures (REFERENCE §5.4). 0 turns it off.
     */
    public void disableSubscriptionAfterFailedDeliveries(int failures) {
        failuresBeforeDisabling = failures;
    }

    public void stopAutoEcho() {
        autoEcho.configure(null);
    }

    /** Every webhook POST the fake made since the last reset (the tests' and the automatic echoes), oldest first. */
    public List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(deliveries);
    }

    // --- for the fake's own classes

    FacebookWorld world() {
        return world;
    }

    Faults faults() {
        return faults;
    }

    LoginDialog loginDialog() {
        return loginDialog;
    }

    boolean usageHeaders() {
        return usageHeaders;
    }

    boolean appSecretProofRequired() {
        return appSecretProofRequired;
    }

    void recordCall(GraphCall call) {
        calls.add(call);
    }

    void recordDelivery(WebhookDelivery delivery) {
        deliveries.add(delivery);
        if (failuresBeforeDisabling > 0) {
            delivery.events().stream().map(MessengerEvent::pageId).distinct()
                    .forEach(pageId -> world.deliveryOutcome(pageId, delivery.succeeded(), failuresBeforeDisabling));
        }
    }

    void afterSend(SentMessage sent) {
        autoEcho.afterSend(sent);
    }
}
