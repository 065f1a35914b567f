package it.livedesk.facebook;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.facebook.DialogRequest;
import it.livedesk.support.facebook.FakeCustomer;
import it.livedesk.support.facebook.FakeFacebook;
import it.livedesk.support.facebook.FakePage;
import it.livedesk.support.facebook.FakeUser;
import it.livedesk.support.facebook.GraphEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Connecting a Facebook Page through "Log in with Facebook", driven the way a REST client drives it, against the
 * fake Facebook: the dialog, the Pages to pick from, the webhook subscription read back, and what happens when
 * Facebook refuses something along the way.
 */
@MicroShedTest
public class FacebookConnectIT {

    private static final List<String> WEBHOOK_FIELDS = List.of("messages", "messaging_postbacks", "message_echoes",
            "message_deliveries", "message_reads", "message_reactions", "messaging_referrals", "message_edits",
            "standby", "messaging_handovers");

    private final FakeFacebook facebook = FakeFacebook.shared();
    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();

    private FakeUser someoneWithPages(FakePage[] pages, int count) {
        FakeUser owner = facebook.user(LiveDeskApi.unique("Owner"));
        for (int i = 0; i < count; i++) {
            pages[i] = facebook.page(owner, LiveDeskApi.unique("Page " + i));
        }
        return owner;
    }

    private static JsonObject channelOf(JsonObject inbox) {
        return inbox.getJsonObject("channel");
    }

    @Nested
    class ConnectingAPage {

        @Test
        void anAdministratorPicksAPageAmongAllTheirPagesAndItsWebhooksAreSubscribedAndReadBack() {
            FakePage[] pages = new FakePage[30];
            FakeUser owner = someoneWithPages(pages, pages.length);

            JsonObject login = ConnectedPages.returnFromFacebook(admin, facebook, owner);

            DialogRequest dialog = facebook.lastDialogRequest();
            assertEquals(FakeFacebook.APP_ID, dialog.clientId());
            assertEquals(LiveDeskApi.baseUrl() + "/connect/facebook/callback", dialog.redirectUri());
            for (String permission : List.of("pages_messaging", "pages_manage_metadata", "pages_show_list")) {
                assertTrue(dialog.scope().contains(permission), dialog.scope());
            }
            assertTrue(dialog.state().length() >= 32, "an unguessable state");
            assertEquals("CHOOSING_PAGE", login.getString("status"));
            assertEquals(30, login.getJsonArray("pages").size(), "every page of /me/accounts results");

            FakePage chosen = pages[27];
            JsonObject inbox = expect(200, admin.post("/api/v1/channels/facebook/logins/" + login.getInt("id")
                    + "/connect", Json.createObjectBuilder().add("pageId", chosen.id()).build())).json();

            assertEquals("FACEBOOK_PAGE", inbox.getString("channelType"));
            assertEquals(chosen.name(), inbox.getString("name"));
            JsonObject channel = channelOf(inbox);
            assertEquals(chosen.id(), channel.getString("pageId"));
            assertEquals("SUBSCRIBED", channel.getString("subscriptionState"));
            assertFalse(channel.getBoolean("reauthorizationRequired"));
            assertTrue(facebook.subscribedFields(chosen).containsAll(WEBHOOK_FIELDS), facebook.subscribedFields(chosen)
                    .toString());
        }

        @Test
        void aPageThatIsAlreadyConnectedIsMarkedWithItsInbox() {
            FakePage[] pages = new FakePage[2];
            FakeUser owner = someoneWithPages(pages, 2);
            long inboxId = ConnectedPages.connect(admin, facebook, owner, pages[0]).getJsonNumber("id").longValue();

            JsonObject again = ConnectedPages.returnFromFacebook(admin, facebook, owner);

            JsonObject first = again.getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals(pages[0].id())).findFirst().orElseThrow();
            JsonObject second = again.getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("id").equals(pages[1].id())).findFirst().orElseThrow();
            assertEquals(inboxId, first.getJsonNumber("connectedInboxId").longValue());
            assertFalse(has(second, "connectedInboxId"));
        }

        @Test
        void aBrowserComingBackFromFacebookLandsOnTheChannelsPage() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            facebook.loginAs(owner);
            facebook.approveLoginsAtOnce();
            JsonObject started = expect(201, admin.post("/api/v1/channels/facebook/logins",
                    JsonValue.EMPTY_JSON_OBJECT)).json();
            String callback = ConnectedPages.dialogRedirect(started.getString("dialogUrl"));

            HttpResponse<String> browser = ConnectedPages.browserCallback(callback);

            assertEquals(302, browser.statusCode());
            assertTrue(browser.headers().firstValue("Location").orElseThrow()
                    .endsWith("/channels.html#login-" + started.getInt("loginId")));
        }
    }

    @Nested
    class KeepingTheLoginSafe {

        @Test
        void theLinkFacebookSendsBackWorksOnlyOnce() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            facebook.loginAs(owner);
            facebook.approveLoginsAtOnce();
            JsonObject started = expect(201, admin.post("/api/v1/channels/facebook/logins",
                    JsonValue.EMPTY_JSON_OBJECT)).json();
            String callback = ConnectedPages.dialogRedirect(started.getString("dialogUrl"));
            assertEquals("CHOOSING_PAGE", ConnectedPages.callback(callback).getString("status"));

            HttpResponse<String> replayed = ConnectedPages.callbackResponse(callback);

            assertEquals(400, replayed.statusCode());
            assertTrue(replayed.body().contains("already used"), replayed.body());
        }

        @Test
        void aStateLiveDeskNeverIssuedIsRefused() {
            HttpResponse<String> forged = ConnectedPages.callbackResponse(LiveDeskApi.baseUrl()
                    + "/connect/facebook/callback?code=stolen&state=" + "x".repeat(43));

            assertEquals(400, forged.statusCode());
            assertTrue(forged.body().contains("not one LiveDesk started"), forged.body());
        }

        @Test
        void anotherAdministratorNeitherSeesNorUsesTheLogin() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            JsonObject login = ConnectedPages.returnFromFacebook(admin, facebook, owner);
            String email = LiveDeskApi.unique("second-admin") + "@example.com";
            expect(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("email", email)
                    .add("displayName", "Second Admin").add("password", LiveDeskApi.AGENT_PASSWORD)
                    .add("role", "ADMINISTRATOR").build()));
            LiveDeskApi otherAdmin = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);

            expect(404, otherAdmin.get("/api/v1/channels/facebook/logins/" + login.getInt("id")));
            expect(404, otherAdmin.post("/api/v1/channels/facebook/logins/" + login.getInt("id") + "/connect",
                    Json.createObjectBuilder().add("pageId", pages[0].id()).build()));
        }

        @Test
        void agentsCannotConnectPages() {
            String email = LiveDeskApi.unique("agent") + "@example.com";
            admin.createAgent(email, "Agent");
            LiveDeskApi asAgent = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);

            expect(403, asAgent.post("/api/v1/channels/facebook/logins", JsonValue.EMPTY_JSON_OBJECT));
        }

        @Test
        void anAdministratorWhoCancelsInFacebookGetsAClearMessageAndNothingIsConnected() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            facebook.denyNextLogin();

            JsonObject login = ConnectedPages.returnFromFacebook(admin, facebook, owner);

            assertEquals("CANCELLED", login.getString("status"));
            assertTrue(login.getString("problem").contains("cancelled"), login.getString("problem"));
            assertFalse(facebook.isSubscribed(pages[0]));
        }
    }

    @Nested
    class WhenFacebookRefuses {

        @Test
        void aRefusedSubscriptionIsShownWithFacebooksCodeAndCanBeRetried() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            facebook.failNext(GraphEndpoint.SUBSCRIBED_APPS, "graph-error-200-permissions.json");

            JsonObject inbox = ConnectedPages.connect(admin, facebook, owner, pages[0]);

            JsonObject channel = channelOf(inbox);
            assertEquals("FAILED", channel.getString("subscriptionState"));
            assertEquals(200, channel.getInt("lastErrorCode"));
            assertTrue(channel.getString("lastErrorMessage").contains("permission"), channel.toString());

            JsonObject retried = expect(200, admin.post("/api/v1/channels/facebook/inboxes/" + inbox.getInt("id")
                    + "/subscription", JsonValue.EMPTY_JSON_OBJECT)).json();

            assertEquals("SUBSCRIBED", channelOf(retried).getString("subscriptionState"));
            assertTrue(facebook.isSubscribed(pages[0]));
        }

        @Test
        void aTokenFacebookNoLongerAcceptsAsksForReauthorizationAndLoggingInAgainRenewsIt() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            long inboxId = ConnectedPages.connect(admin, facebook, owner, pages[0]).getJsonNumber("id").longValue();
            FakeCustomer customer = facebook.customer(pages[0], "Camille", "Lefèvre");
            assertTrue(facebook.webhook(webhookUrl()).customerSays(customer, "Bonjour ?").succeeded());
            long conversationId = awaitConversationOf(inboxId);
            facebook.invalidateToken(pages[0], 460);

            long messageId = expect(201, admin.post("/api/v1/conversations/" + conversationId + "/messages",
                    Json.createObjectBuilder().add("content", "Nous regardons.").build())).json()
                    .getJsonNumber("id").longValue();

            JsonObject failed = awaitMessage(conversationId, messageId, "FAILED");
            assertEquals(190, failed.getInt("failureCode"));
            JsonObject flagged = channelOf(admin.get("/api/v1/inboxes/" + inboxId).json());
            assertTrue(flagged.getBoolean("reauthorizationRequired"));
            assertEquals(460, flagged.getInt("lastErrorSubcode"));

            JsonObject renewed = ConnectedPages.connect(admin, facebook, owner, pages[0]);
            assertEquals(inboxId, renewed.getJsonNumber("id").longValue(), "the same inbox, not a new one");
            assertFalse(channelOf(renewed).getBoolean("reauthorizationRequired"));

            expect(200, admin.post("/api/v1/conversations/" + conversationId + "/messages/" + messageId + "/retry",
                    JsonValue.EMPTY_JSON_OBJECT));
            awaitMessage(conversationId, messageId, "SENT");
            assertEquals(List.of("Nous regardons."), facebook.sendsTo(customer).stream()
                    .map(s -> s.text()).toList());
        }

        @Test
        void disconnectingUnsubscribesFromThePage() {
            FakePage[] pages = new FakePage[1];
            FakeUser owner = someoneWithPages(pages, 1);
            long inboxId = ConnectedPages.connect(admin, facebook, owner, pages[0]).getJsonNumber("id").longValue();

            JsonObject inbox = expect(200, admin.delete("/api/v1/channels/facebook/inboxes/" + inboxId)).json();

            assertEquals("UNSUBSCRIBED", channelOf(inbox).getString("subscriptionState"));
            assertFalse(facebook.isSubscribed(pages[0]));
        }
    }

    /** JSON-B leaves null values out: a field is there only when it has a value. */
    static boolean has(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    static String webhookUrl() {
        return LiveDeskApi.baseUrl() + "/webhooks/facebook";
    }

    private long awaitConversationOf(long inboxId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/api/v1/conversations?assignee=any&inbox="
                        + inboxId).json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject awaitMessage(long conversationId, long messageId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> message(conversationId, messageId),
                m -> m != null && status.equals(m.getString("deliveryStatus")));
    }

    private JsonObject message(long conversationId, long messageId) {
        return admin.get("/api/v1/conversations/" + conversationId + "/messages").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("id").longValue() == messageId)
                .findFirst().orElse(null);
    }
}
