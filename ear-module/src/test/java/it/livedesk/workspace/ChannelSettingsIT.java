package it.livedesk.workspace;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.facebook.FakeFacebook;
import it.livedesk.support.facebook.FakePage;
import it.livedesk.support.facebook.FakeUser;
import it.livedesk.workspace.ChannelSettingsPage.Connected;
import it.livedesk.workspace.ChannelSettingsPage.LoginProblem;
import it.livedesk.workspace.ChannelSettingsPage.SaveResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Channels &amp; settings in a real browser: an administrator changes an inbox's greeting, CSAT survey, agents and
 * business hours and the API shows exactly that; an agent is told the page needs an administrator; and an
 * administrator connects a Facebook Page through Facebook's login dialog (the tests' fake Facebook) and sees the
 * webhook subscription Facebook confirmed.
 */
public class ChannelSettingsIT {

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private ChannelSettingsPage page;

    @BeforeEach
    void openTheChannelsPageInABrowser() {
        page = ChannelSettingsPage.openInChromium(TestHelpdesk.baseUrl());
    }

    @AfterEach
    void closeTheBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private void signInAsAdministrator() {
        page.signIn(System.getProperty("livedesk.test.admin-email"), System.getProperty("livedesk.test.admin-password"));
    }

    private JsonObject inbox(long inboxId) {
        return expect(200, admin.get("/api/v1/inboxes/" + inboxId)).json();
    }

    @Nested
    class ChangingAnInboxsSettings {

        @Test
        void theGreetingAndTheCsatSurveyAreSavedAndAGreetingWithoutMessageIsRefusedWithTheServersReason() {
            long inboxId = admin.createApiInbox(TestHelpdesk.unique("Settings"));
            String refusal = TestHelpdesk.problemDetail("PATCH", "/inboxes/" + inboxId, admin.token(),
                    Json.createObjectBuilder().add("greetingEnabled", true).build());
            signInAsAdministrator();
            page.openInboxSettings(inboxId, "general");

            page.setSwitch("greeting-enabled", true);
            assertEquals(new SaveResult(false, refusal), page.save("general"), "a greeting needs its message first");
            assertFalse(inbox(inboxId).getBoolean("greetingEnabled"), "nothing was saved");

            String greeting = "Bonjour ! Thanks for writing to Boulangerie Étoile; we answer within the hour.";
            page.write("greeting-message", greeting);
            page.setSwitch("csat-enabled", true);
            assertTrue(page.save("general").saved());

            JsonObject saved = inbox(inboxId);
            assertAll("what the API shows after the browser saved",
                    () -> assertTrue(saved.getBoolean("greetingEnabled")),
                    () -> assertEquals(greeting, saved.getString("greetingMessage")),
                    () -> assertTrue(saved.getBoolean("csatEnabled")));
        }

        @Test
        void agentsAreAddedToAndRemovedFromTheInbox() {
            long inboxId = admin.createApiInbox(TestHelpdesk.unique("Agents"));
            String ana = "Ana " + TestHelpdesk.unique("agent");
            String bruno = "Bruno " + TestHelpdesk.unique("agent");
            long anaId = admin.createAgent(TestHelpdesk.unique("ana") + "@settings.test", ana);
            admin.createAgent(TestHelpdesk.unique("bruno") + "@settings.test", bruno);
            signInAsAdministrator();
            page.openInboxSettings(inboxId, "agents");

            page.addMember(ana);
            page.addMember(bruno);
            page.removeMember(bruno);

            assertEquals(List.of(ana), page.members());
            assertEquals(List.of(anaId), inbox(inboxId).getJsonArray("members").getValuesAs(JsonObject.class).stream()
                    .map(member -> member.getJsonNumber("id").longValue()).toList(), "the inbox's members in the API");
        }

        @Test
        void businessHoursWithABreakAndAnOutOfOfficeMessageAreSavedInTheChosenTimeZone() {
            long inboxId = admin.createApiInbox(TestHelpdesk.unique("Hours"));
            signInAsAdministrator();
            page.openInboxSettings(inboxId, "hours");

            page.setSwitch("hours-enabled", true);
            page.chooseTimeZone("Europe/Paris");
            page.addSlot("MONDAY", "09:00", "12:30");
            page.addSlot("MONDAY", "14:00", "18:00");
            page.addSlot("SATURDAY", "10:00", "13:00");
            String refusal = page.save("hours").message();
            assertEquals(TestHelpdesk.problemDetail("PUT", "/inboxes/" + inboxId + "/business-hours", admin.token(),
                    Json.createObjectBuilder().add("enabled", true).add("timeZone", "Europe/Paris")
                            .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("day", "MONDAY").add("opensAt", "09:00").add("closesAt", "12:30"))).build()),
                    refusal, "business hours need their out-of-office message");

            String outOfOffice = "We are closed now; we answer from 9:00 (Paris time).";
            page.write("hours-ooo", outOfOffice);
            assertTrue(page.save("hours").saved());

            JsonObject hours = inbox(inboxId).getJsonObject("businessHours");
            Set<String> slots = hours.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                    .map(slot -> slot.getString("day") + " " + slot.getString("opensAt").substring(0, 5) + "-"
                            + slot.getString("closesAt").substring(0, 5))
                    .collect(Collectors.toSet());
            assertAll("the business hours in the API",
                    () -> assertTrue(hours.getBoolean("enabled")),
                    () -> assertEquals("Europe/Paris", hours.getString("timeZone")),
                    () -> assertEquals(outOfOffice, hours.getString("outOfOfficeMessage")),
                    () -> assertEquals(Set.of("MONDAY 09:00-12:30", "MONDAY 14:00-18:00", "SATURDAY 10:00-13:00"), slots));
        }

        @Test
        void anAgentWhoOpensThePageIsToldItNeedsAnAdministrator() {
            String email = TestHelpdesk.unique("agent") + "@settings.test";
            admin.createAgent(email, "Agent " + TestHelpdesk.unique("x"));

            page.signIn(email, LiveDeskApi.AGENT_PASSWORD);

            assertTrue(page.needsAdministratorText().contains("need an administrator"));
        }
    }

    /**
     * The connect flow in the browser against the tests' fake Facebook (the IT server's Graph and login URLs point
     * at it); the fake's dialog approves at once, as for a person who clicks through.
     */
    @Nested
    class ConnectingAFacebookPage {

        private final FakeFacebook facebook = FakeFacebook.shared();
        private FakeUser owner;

        @BeforeEach
        void theAdministratorIsLoggedInToFacebook() {
            owner = facebook.user("LiveDesk administrator " + TestHelpdesk.unique("fb"));
            facebook.loginAs(owner);
            facebook.approveLoginsAtOnce();
        }

        @Test
        void anAdministratorLogsInWithFacebookPicksAPageAndSeesTheSubscriptionFacebookConfirmed() {
            String pageName = "Boulangerie " + TestHelpdesk.unique("etoile");
            FakePage facebookPage = facebook.page(owner, pageName, "Bakery", "2500");
            signInAsAdministrator();

            page.addChannel();
            page.logInWithFacebook();

            assertTrue(page.pagesOffered().contains(pageName), "the Page Facebook listed is offered");
            page.connect(pageName);

            Connected connected = page.connected();
            assertAll("the success screen",
                    () -> assertEquals("Facebook Page " + pageName + " is connected", connected.title()),
                    () -> assertEquals("SUBSCRIBED", connected.subscriptionState()),
                    () -> assertTrue(connected.readBack().contains("messages"), connected.readBack()));
            JsonObject channel = inbox(connected.inboxId()).getJsonObject("channel");
            assertAll("the channel in the API",
                    () -> assertEquals(pageName, channel.getString("pageName")),
                    () -> assertEquals("SUBSCRIBED", channel.getString("subscriptionState")),
                    () -> assertEquals(Set.copyOf(facebook.subscribedFields(facebookPage)),
                            Set.of(channel.getString("subscribedFields").split(","))));
        }

        @Test
        void aCancelledFacebookDialogShowsWhyAndOffersToTryAgain() {
            facebook.page(owner, "Cancelled " + TestHelpdesk.unique("page"), "Bakery", "2500");
            facebook.denyNextLogin();
            signInAsAdministrator();

            page.addChannel();
            page.logInWithFacebook();

            LoginProblem problem = page.loginProblem();
            long loginId = Long.parseLong(page.currentUrl().replaceAll(".*#login-", ""));
            JsonObject login = expect(200, admin.get("/api/v1/channels/facebook/logins/" + loginId)).json();
            assertAll("the cancelled login, as the server recorded it",
                    () -> assertEquals("CANCELLED", problem.state()),
                    () -> assertEquals(login.getString("problem"), problem.text()),
                    () -> assertTrue(problem.canTryAgain()));
        }
    }
}
