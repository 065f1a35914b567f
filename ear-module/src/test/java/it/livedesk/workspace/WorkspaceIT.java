package it.livedesk.workspace;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import it.livedesk.workspace.TestHelpdesk.Agent;
import it.livedesk.workspace.TestHelpdesk.CustomerMessage;
import it.livedesk.workspace.WorkspacePage.ShownMessage;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The agents' workspace in a real browser: an agent signs in, finds a customer's conversation, answers,
 * leaves a note for colleagues and resolves it; and the workspace handles wrong passwords, ended sessions
 * and hostile customer text the way an agent needs it to.
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
