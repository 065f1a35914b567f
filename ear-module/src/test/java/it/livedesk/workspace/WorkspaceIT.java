package it.livedesk.workspace;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.facebook.FakeCustomer;
import it.livedesk.support.facebook.FakeFacebook;
import it.livedesk.support.facebook.FakePage;
import it.livedesk.support.facebook.FakeUser;
import it.livedesk.support.facebook.GraphEndpoint;
import it.livedesk.support.facebook.SentMessage;
import it.livedesk.support.facebook.WebhookDelivery;
import it.livedesk.support.facebook.WebhookSender;
import it.livedesk.workspace.TestHelpdesk.Agent;
import it.livedesk.workspace.TestHelpdesk.CustomerMessage;
import it.livedesk.workspace.WorkspacePage.ShownMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The agents' workspace in a real browser: an agent signs in, finds a customer's conversation, answers,
 * leaves a note for colleagues and resolves it; and the workspace handles wrong passwords, ended sessions
 * and hostile customer text the way an agent needs it to. On a Facebook Page (the tests' fake Facebook), the
 * agent sees why a reply failed and sends it again, the customer's reactions and edits, the button they
 * tapped and where they came from, and why Messenger no longer allows a reply.
 */
public class WorkspaceIT {

    private final TestHelpdesk helpdesk = TestHelpdesk.signedInAsAdministrator();
    private WorkspacePage workspace;

    @BeforeEach
    void openTheWorkspaceInABrowser() {
        workspace = WorkspacePage.openInChromium(TestHelpdesk.baseUrl());
    }

    @AfterEach
    void closeTheBrowser() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Nested
    class AnsweringCustomers {

        @Test
        void anAgentAnswersACustomerAndResolvesTheConversation() {
            Agent agent = helpdesk.anAgentOfANewInbox();
            CustomerMessage customer = helpdesk.aNewCustomerWrites(agent.inboxId(),
                    "Hello, my order " + TestHelpdesk.unique("order") + " has not arrived yet.");

            workspace.signIn(agent.email(), agent.password());
            assertEquals(agent.displayName(), workspace.signedInName());

            workspace.showView("any");
            assertEquals(customer.text(), workspace.previewInList(customer.conversationId()));

            workspace.openConversation(customer.conversationId());
            ShownMessage question = workspace.waitForMessage("INCOMING", customer.text());
            assertAll("the customer, shown by the name LiveDesk knows them by",
                    () -> assertEquals(customer.contactDisplayName(), question.sender()),
                    () -> assertEquals(customer.contactDisplayName(), workspace.conversationTitle()),
                    () -> assertEquals(customer.contactDisplayName(), workspace.contactNameInProfile()));

            String reply = "Sorry about that! I am checking with the warehouse now.";
            workspace.reply(reply);
            ShownMessage shownReply = workspace.waitForMessage("OUTGOING", reply);
            assertAll("the reply, waiting for the channel to send it",
                    () -> assertEquals("QUEUED", shownReply.deliveryStatus()),
                    () -> assertEquals(agent.displayName(), shownReply.sender()));

            String note = "Courier lost it; offer a refund if it is not found by Friday.";
            workspace.addPrivateNote(note);
            ShownMessage shownNote = workspace.waitForMessage("PRIVATE_NOTE", note);
            assertAll("the note, for agents only",
                    () -> assertEquals(agent.displayName(), shownNote.sender()),
                    () -> assertNull(shownNote.deliveryStatus(), "a note never goes to the customer"));

            assertEquals(List.of("INCOMING: " + customer.text(), "OUTGOING: " + reply, "PRIVATE_NOTE: " + note),
                    helpdesk.messagesOf(customer.conversationId()), "what the server stored");

            workspace.resolve();
            workspace.waitUntilTheListNoLongerShows(customer.conversationId());
            assertEquals("RESOLVED", helpdesk.statusOf(customer.conversationId()));
        }

        @Test
        void whatACustomerWritesIsShownAsTextAndNeverRunsAsMarkup() {
            Agent agent = helpdesk.anAgentOfANewInbox();
            String hostile = "<img src=x onerror=\"window.injected = true\"> Where is <b>my order</b>?";
            CustomerMessage customer = helpdesk.aNewCustomerWrites(agent.inboxId(), hostile);

            workspace.signIn(agent.email(), agent.password());
            workspace.showView("any");
            assertEquals(hostile, workspace.previewInList(customer.conversationId()));
            workspace.openConversation(customer.conversationId());

            assertEquals(hostile, workspace.waitForMessage("INCOMING", hostile).content());
            assertAll("nothing the customer wrote became markup",
                    () -> assertEquals(0, workspace.countInThread("img, b")),
                    () -> assertNull(workspace.script("return window.injected;")));
        }
    }

    /**
     * A Facebook Page connected as a REST client does it (README), with an agent of its inbox signed in; customers
     * write through the fake Facebook's signed webhooks. Each test has a Page of its own, so the inbox's only
     * conversation is its customer's.
     */
    @Nested
    class OnAFacebookPage {

        private static final Duration PATIENCE = Duration.ofSeconds(30);

        private final FakeFacebook facebook = FakeFacebook.shared();
        private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
        private FakePage page;
        private long inboxId;
        private WebhookSender webhook;
        private String agentEmail;

        @BeforeEach
        void aConnectedPageWithAnAgent() {
            FakeUser owner = facebook.user(TestHelpdesk.unique("Owner"));
            page = facebook.page(owner, "Boulangerie " + TestHelpdesk.unique("etoile"));
            inboxId = connect(owner, page);
            webhook = facebook.webhook(LiveDeskApi.baseUrl() + "/webhooks/facebook");
            agentEmail = "agent-" + TestHelpdesk.unique("fb") + "@workspace.test";
            admin.addMember(inboxId, admin.createAgent(agentEmail, "Agent " + TestHelpdesk.unique("fb")));
        }

        @Test
        void aReplyFacebookRefusesShowsFacebooksReasonAndRetrySendsIt() {
            FakeCustomer camille = facebook.customer(page, "Camille", TestHelpdesk.unique("Absente"));
            webhook.customerSays(camille, "Bonjour, vous êtes là ?");
            long conversationId = conversation();
            openAsTheAgent(conversationId);
            workspace.waitForMessage("INCOMING", "Bonjour, vous êtes là ?");

            facebook.failNext(GraphEndpoint.SEND, "graph-error-551-1545041-user-unavailable.json");
            String reply = "Oui, je regarde votre commande.";
            workspace.reply(reply);

            String shownReason = workspace.failureReasonOf(reply);
            JsonObject stored = messageSaying(conversationId, reply);
            assertAll("the failure as Facebook explained it",
                    () -> assertEquals("FAILED", stored.getString("deliveryStatus")),
                    () -> assertTrue(shownReason.contains(stored.getString("failureReason")), shownReason),
                    () -> assertTrue(shownReason.contains("551"), shownReason));
            assertEquals(List.of(), facebook.sendsTo(camille), "Facebook accepted nothing yet");

            workspace.retry(reply);

            SentMessage sent = facebook.awaitMessages(camille, 1, PATIENCE).get(0);
            assertEquals(reply, sent.text());
            workspace.waitForDeliveryStatus(reply, "SENT");
            assertEquals(1, facebook.sendsTo(camille).size(), "sent once");
        }

        @Test
        void theCustomersEditAndReactionShowOnTheMessages() {
            FakeCustomer camille = facebook.customer(page, "Camille", TestHelpdesk.unique("Roux"));
            WebhookDelivery said = webhook.customerSays(camille, "Je voudrais 2 croissants");
            long conversationId = conversation();
            openAsTheAgent(conversationId);
            String reply = "Bien noté, ils seront prêts à 8 h.";
            workspace.reply(reply);
            SentMessage sent = facebook.awaitMessages(camille, 1, PATIENCE).get(0);
            workspace.waitForDeliveryStatus(reply, "SENT");

            webhook.customerEdits(camille, said.mid(), "Je voudrais 3 croissants", 1);
            webhook.customerReacts(camille, sent.messageId(), "like");

            assertEquals("Edited: Je voudrais 2 croissants", workspace.editOf("INCOMING", "Je voudrais 3 croissants"),
                    "the new text, marked as edited, with the first one a click away");
            assertEquals("\ud83d\udc4d", workspace.reactionOn("OUTGOING", reply), "the customer's thumbs-up on the reply");

            webhook.customerUnreacts(camille, sent.messageId());
            await().atMost(PATIENCE).until(() -> workspace.countInThread("[data-testid='message-reaction']") == 0);
        }

        @Test
        void getStartedThroughAnMeLinkShowsTheButtonAndWhereTheCustomerCameFrom() {
            FakeCustomer lucia = facebook.customer(page, "Lucía", TestHelpdesk.unique("Martin"));
            webhook.customerTapsGetStarted(lucia, "Empezar", "summer-sale-2026");
            long conversationId = conversation();
            await().atMost(PATIENCE).until(() -> expect(200, admin.get("/api/v1/conversations/" + conversationId))
                    .json().getString("referral", null) != null);

            openAsTheAgent(conversationId);

            assertEquals(List.of("Button: Empezar", "Came from: m.me link summer-sale-2026"),
                    workspace.notesOn("INCOMING", "Empezar"));
            assertEquals("m.me link summer-sale-2026", workspace.cameFromInSidebar());
        }

        @Test
        void aReplyToAnEarlierMessageQuotesWhatTheCustomerAnswered() {
            FakeCustomer ana = facebook.customer(page, "Ana", TestHelpdesk.unique("Souza"));
            WebhookDelivery question = webhook.customerSays(ana, "Vocês entregam no Porto?");
            long conversationId = conversation();
            webhook.customerRepliesTo(ana, question.mid(), "É para amanhã");
            await().atMost(PATIENCE).ignoreExceptions()
                    .until(() -> messageSaying(conversationId, "É para amanhã") != null);

            openAsTheAgent(conversationId);

            assertEquals(List.of("Replying to “Vocês entregam no Porto?”"),
                    workspace.notesOn("INCOMING", "É para amanhã"));
        }

        @Test
        void aReplyMessengerNoLongerAllowsKeepsItsTextAndTheReasonBesideTheComposer() {
            FakeCustomer jurgen = facebook.customer(page, "Jürgen", TestHelpdesk.unique("Alt"));
            Instant eightDaysAgo = Instant.now().minus(Duration.ofDays(8));
            assertTrue(webhook.deliver(facebook.events().at(eightDaysAgo).text(jurgen, "Ist mein Rad fertig?"))
                    .succeeded());
            facebook.setLastCustomerAction(jurgen, eightDaysAgo);
            long conversationId = conversation();
            String reply = "Ja, Sie können es abholen.";
            String refusal = TestHelpdesk.problemDetail("POST", "/conversations/" + conversationId + "/messages",
                    admin.token(), Json.createObjectBuilder().add("content", reply).build());

            openAsTheAgent(conversationId);
            List<String> window = workspace.replyWindow();
            assertEquals("CLOSED", window.get(0), "the agent is told before writing");
            assertTrue(window.get(1).contains("has to write again"), window.get(1));
            workspace.reply(reply);

            assertAll("the refusal, where the agent is writing",
                    () -> assertEquals(refusal, workspace.composerProblem()),
                    () -> assertEquals(reply, workspace.composerText(), "the text is kept"),
                    () -> assertEquals(List.of(), facebook.sendsTo(jurgen), "nothing went to Messenger"));
        }

        private void openAsTheAgent(long conversationId) {
            workspace.signIn(agentEmail, LiveDeskApi.AGENT_PASSWORD);
            workspace.signedInName();
            workspace.showView("any");
            workspace.openConversation(conversationId);
        }

        private long conversation() {
            return await().atMost(PATIENCE).until(() -> admin.get("/api/v1/conversations?assignee=any&inbox=" + inboxId)
                    .json().getJsonArray("items"), items -> !items.isEmpty())
                    .getJsonObject(0).getJsonNumber("id").longValue();
        }

        private JsonObject messageSaying(long conversationId, String content) {
            return expect(200, admin.get("/api/v1/conversations/" + conversationId + "/messages?limit=100")).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(message -> content.equals(message.getString("content", null)))
                    .findFirst().orElseThrow(() -> new AssertionError("no message saying " + content));
        }

        /**
         * "Log in with Facebook" without a browser, as the README describes for REST clients: start a login, follow the
         * fake's dialog (it approves at once), hand its redirect to LiveDesk asking for JSON, pick the Page.
         */
        private long connect(FakeUser owner, FakePage facebookPage) {
            facebook.loginAs(owner);
            facebook.approveLoginsAtOnce();
            JsonObject started = expect(201, admin.post("/api/v1/channels/facebook/logins", JsonValue.EMPTY_JSON_OBJECT))
                    .json();
            HttpResponse<String> dialog = get(started.getString("dialogUrl"), "text/html");
            assertEquals(302, dialog.statusCode(), "the dialog redirects back: " + dialog.body());
            String callback = dialog.headers().firstValue("Location").orElseThrow().replaceAll("#.*$", "");
            HttpResponse<String> back = get(callback, "application/json");
            assertEquals(200, back.statusCode(), back.body());
            JsonObject login = Json.createReader(new StringReader(back.body())).readObject();
            assertEquals("CHOOSING_PAGE", login.getString("status"), login.toString());
            return expect(200, admin.post("/api/v1/channels/facebook/logins/" + login.getInt("id") + "/connect",
                    Json.createObjectBuilder().add("pageId", facebookPage.id()).build())).json()
                    .getJsonNumber("id").longValue();
        }

        private HttpResponse<String> get(String url, String accept) {
            try {
                return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                        .send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(url + " could not be reached", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class SigningIn {

        @Test
        void aWrongPasswordIsRefusedWithTheServersExplanation() {
            Agent agent = helpdesk.anAgentOfANewInbox();
            String explanation = TestHelpdesk.problemDetail("POST", "/auth/login", null,
                    Json.createObjectBuilder().add("email", agent.email()).add("password", "not-the-password").build());

            workspace.signIn(agent.email(), "not-the-password");

            assertEquals(explanation, workspace.signInError());
        }

        @Test
        void anAgentWhoseSessionEndsIsSentBackToSignInAndToldWhy() {
            Agent agent = helpdesk.anAgentOfANewInbox();
            workspace.signIn(agent.email(), agent.password());
            workspace.signedInName();
            String token = workspace.sessionToken();

            // The session ends on the server (as when it expires or is revoked): the next poll meets a 401.
            TestHelpdesk.signOut(token);
            String explanation = TestHelpdesk.problemDetail("GET", "/profile", token, null);

            assertEquals(explanation, workspace.signInError());
            assertNull(workspace.sessionToken(), "the tab forgets the dead token");
        }

        @Test
        void signingOutEndsTheSessionOnTheServer() {
            Agent agent = helpdesk.anAgentOfANewInbox();
            workspace.signIn(agent.email(), agent.password());
            workspace.signedInName();
            String token = workspace.sessionToken();

            workspace.signOut();

            workspace.waitForTheSignInForm();
            assertNull(workspace.sessionToken(), "the tab forgets the token");
            TestHelpdesk.problemDetail("GET", "/profile", token, null);
        }
    }
}
