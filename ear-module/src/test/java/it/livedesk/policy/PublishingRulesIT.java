package it.livedesk.policy;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * An analyst changes the routing rules through the API: a change that does not compile is refused with the place
 * of each problem and the rules in force stay; a good change decides the next conversation at once, shows in the
 * history with who published it, can be simulated first, and can be rolled back.
 */
@MicroShedTest
public class PublishingRulesIT {

    private static final String ROUTING = "assignment/10-routing.drl";
    private static final String INVOICE_RULE = """

            rule "ROUTE-005 Questions about an invoice are urgent"
            when
                Conversation( mentions("invoice") )
            then
                assignment.setPriority(Priority.URGENT);
                assignment.addLabel("invoice");
            end
            """;

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private String original;
    private long baseline;

    @BeforeEach
    void theRulesAsShipped() {
        original = expect(200, admin.get("/api/v1/rules/files/" + ROUTING)).json().getString("content");
        baseline = publish(original, "baseline for a test").getJsonObject("published").getJsonNumber("id").longValue();
    }

    @AfterEach
    void backToTheRulesAsShipped() {
        publish(original, "restored after a test");
    }

    /** The new rule goes first, as its id says: routing rules are tried in written order. */
    private String withInvoiceRule() {
        return original.replace("rule \"ROUTE-010", INVOICE_RULE.strip() + "\n\nrule \"ROUTE-010");
    }

    private JsonObject publish(String content, String note) {
        return expect(200, admin.post("/api/v1/rules/publish", Json.createObjectBuilder()
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("path", ROUTING)
                        .add("content", content))).add("note", note).build())).json();
    }

    private long conversationAbout(String text) {
        long inboxId = admin.createApiInbox(LiveDeskApi.unique("Rules"));
        long conversationId = admin.customerWrites(inboxId, LiveDeskApi.unique("psid"), LiveDeskApi.unique("mid"), text)
                .getJsonNumber("conversationId").longValue();
        return await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/v1/conversations/" + conversationId)
                .json(), d -> !d.getJsonArray("assignmentDecisions").isEmpty()).getJsonObject("summary")
                .getJsonNumber("id").longValue();
    }

    @Test
    void aRulesEditorReadsAndChecksTheRulesAndAnAgentMayNot() {
        String analyst = LiveDeskApi.unique("analyst") + "@rules.test";
        expect(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("email", analyst)
                .add("displayName", "Analyst").add("password", LiveDeskApi.AGENT_PASSWORD).add("role", "RULES_EDITOR")
                .build()));
        String agent = LiveDeskApi.unique("agent") + "@rules.test";
        admin.createAgent(agent, "Agent");

        LiveDeskApi asAnalyst = LiveDeskApi.signIn(analyst, LiveDeskApi.AGENT_PASSWORD);
        expect(200, asAnalyst.get("/api/v1/rules/files/" + ROUTING));
        assertTrue(expect(200, asAnalyst.post("/api/v1/rules/validate", Json.createObjectBuilder()
                .add("files", Json.createArrayBuilder()).build())).json().getBoolean("valid"));
        expect(403, LiveDeskApi.signIn(agent, LiveDeskApi.AGENT_PASSWORD).get("/api/v1/rules"));
        expect(403, asAnalyst.get("/api/v1/channels/facebook/logins/1"));
    }

    @Test
    void aRuleFileThatDoesNotCompileIsRefusedWithFileLineAndColumnAndTheRulesInForceStay() {
        String versionBefore = admin.get("/api/v1/rules").json().getJsonObject("active").getString("version");

        LiveDeskApi.ApiResponse refused = admin.sendRaw("PUT", "/api/v1/rules/files/" + ROUTING, "text/plain",
                original.replace("Conversation( hasTeam(\"French\"), language == \"fr\" )",
                        "Conversation( hasTeam(\"French\"), language == "));

        assertEquals(422, refused.status(), refused.body());
        JsonObject problem = refused.json().getJsonObject("validation").getJsonArray("problems").getJsonObject(0);
        assertEquals(ROUTING, problem.getString("file"));
        assertTrue(problem.getInt("line") > 0 && problem.getInt("column") >= 0, problem.toString());
        JsonObject overview = admin.get("/api/v1/rules").json();
        assertEquals(versionBefore, overview.getJsonObject("active").getString("version"));
        assertTrue(overview.getJsonObject("status").getBoolean("healthy"));
    }

    @Test
    void aPublishedRuleDecidesTheNextConversationAndARollbackUndoesIt() {
        JsonObject simulated = expect(200, admin.post("/api/v1/rules/simulate", Json.createObjectBuilder()
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("path", ROUTING)
                        .add("content", withInvoiceRule())))
                .add("conversationIds", Json.createArrayBuilder().add(conversationAbout("Where is my invoice?")))
                .build())).json();
        assertEquals(1, simulated.getInt("changed"), simulated.toString());
        assertEquals("ROUTE-005", simulated.getJsonArray("decisions").getJsonObject(0).getJsonObject("draft")
                .getString("ruleId"));

        JsonObject published = publish(withInvoiceRule(), "invoices are urgent");

        long urgent = conversationAbout("I cannot find my invoice");
        JsonObject detail = admin.get("/api/v1/conversations/" + urgent).json();
        assertEquals("URGENT", detail.getJsonObject("summary").getString("priority"));
        assertEquals("ROUTE-005", detail.getJsonArray("assignmentDecisions").getJsonObject(0).getString("ruleId"));
        JsonObject latest = admin.get("/api/v1/rules/versions").jsonArray().getJsonObject(0);
        assertEquals(published.getJsonObject("published").getInt("id"), latest.getInt("id"));
        assertEquals("invoices are urgent", latest.getString("note"));
        assertEquals("Administrator", latest.getJsonObject("publishedBy").getString("displayName"));

        expect(200, admin.post("/api/v1/rules/versions/" + baseline + "/activate", JsonValue.EMPTY_JSON_OBJECT));

        long calm = conversationAbout("Another invoice question");
        assertFalse("URGENT".equals(admin.get("/api/v1/conversations/" + calm).json().getJsonObject("summary")
                .getString("priority")));
    }
}
