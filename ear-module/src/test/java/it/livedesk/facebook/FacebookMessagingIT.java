package it.livedesk.facebook;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.awaitility.Awaitility.await;
import static it.livedesk.facebook.FacebookConnectIT.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.facebook.FakeCustomer;
import it.livedesk.support.facebook.FakeFacebook;
import it.livedesk.support.facebook.FakePage;
import it.livedesk.support.facebook.FakeUser;
import it.livedesk.support.facebook.GraphEndpoint;
import it.livedesk.support.facebook.ProfileMode;
import it.livedesk.support.facebook.SentMessage;
import it.livedesk.support.facebook.WebhookAttachment;
import it.livedesk.support.facebook.WebhookDelivery;
import it.livedesk.support.facebook.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A connected Page in use: customers write through the fake Facebook's signed webhooks, agents answer through
 * LiveDesk's REST API, and the Send API calls the fake records are what Messenger would have received.
 */
@MicroShedTest
public class FacebookMessagingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final FakeFacebook facebook = FakeFacebook.shared();
    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();
    private FakePage page;
    private long inboxId;
    private WebhookSender webhook;

    @BeforeEach
    void aConnectedPage() {
        FakeUser owner = facebook.user(LiveDeskApi.unique("Owner"));
        page = facebook.page(owner, LiveDeskApi.unique("Boulangerie"));
        inboxId = ConnectedPages.connect(admin, facebook, owner, page).getJsonNumber("id").longValue();
        webhook = facebook.webhook(FacebookConnectIT.webhookUrl());
    }

    /** Each test has a Page of its own, with one customer: the inbox's only conversation is theirs. */
    private long conversationOf(FakeCustomer customer) {
        return await().atMost(PATIENCE).until(() -> admin.get("/api/v1/conversations?assignee=any&inbox=" + inboxId)
                        .json().getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private List<JsonObject> messages(long conversationId) {
        return admin.get("/api/v1/conversations/" + conversationId + "/messages?limit=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject reply(long conversationId, String text) {
        return expect(201, admin.post("/api/v1/conversations/" + conversationId + "/messages",
                Json.createObjectBuilder().add("content", text).build())).json();
    }

    private JsonObject awaitMessage(long conversationId, long messageId, String status) {
        return await().atMost(PATIENCE).until(() -> messages(conversationId).stream()
                .filter(m -> m.getJsonNumber("id").longValue() == messageId).findFirst().orElseThrow(),
                m -> status.equals(m.getString("deliveryStatus")));
    }

    /** A customer who wrote at {@code when}: their message opens the conversation. */
    private long customerWroteAt(FakeCustomer customer, Instant when) {
        assertTrue(webhook.deliver(facebook.events().at(when).text(customer, "Ma commande ?")).succeeded());
        facebook.setLastCustomerAction(customer, when);
        return conversationOf(customer);
    }

    @Nested
    class Receiving {

        @Test
        void aCustomersMessageBecomesAConversationWithTheirFacebookNameAndACopyOfTheirPicture() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Lefevre"));

            assertTrue(webhook.customerSays(camille, "Bonjour, où en est ma commande n°4521 ?").succeeded());

            long conversationId = conversationOf(camille);
            assertEquals("Bonjour, où en est ma commande n°4521 ?", messages(conversationId).get(0)
                    .getString("content"));
            JsonObject contact = await().atMost(PATIENCE).until(() -> admin.get("/api/v1/conversations/"
                    + conversationId).json().getJsonObject("summary").getJsonObject("contact"),
                    c -> has(c, "avatarUrl") && c.getString("avatarUrl").startsWith("/files/"));
            assertEquals(camille.name(), contact.getString("displayName"));
            LiveDeskApi.ApiResponse picture = admin.getAnything(contact.getString("avatarUrl"));
            assertEquals(200, picture.status());
            assertTrue(picture.contentType().startsWith("image/"), picture.contentType());
        }

        @Test
        void aCustomerWhoseProfileFacebookDoesNotShareKeepsANeutralLabel() {
            FakeCustomer hidden = facebook.customer(page, "Hidden", LiveDeskApi.unique("Person"));
            facebook.setProfileMode(hidden, ProfileMode.EMPTY);

            webhook.customerSays(hidden, "Allô");
            long conversationId = conversationOf(hidden);

            await().atMost(PATIENCE).until(() -> facebook.calls(GraphEndpoint.PROFILE).stream()
                    .anyMatch(call -> call.path().contains(hidden.psid())));
            JsonObject contact = admin.get("/api/v1/conversations/" + conversationId).json()
                    .getJsonObject("summary").getJsonObject("contact");
            assertTrue(contact.getString("displayName").startsWith("Customer #"), contact.toString());
        }

        @Test
        void aReplyToAnEarlierMessageSaysWhichMessageItAnswers() {
            FakeCustomer ana = facebook.customer(page, "Ana", LiveDeskApi.unique("Souza"));
            WebhookDelivery question = webhook.customerSays(ana, "Vocês entregam no Porto?");
            long conversationId = conversationOf(ana);

            webhook.customerRepliesTo(ana, question.mid(), "Esqueci: é para amanhã");

            await().atMost(PATIENCE).until(() -> messages(conversationId).size() == 2);
            List<JsonObject> thread = messages(conversationId);
            JsonObject replyTo = Json.createReader(new StringReader(thread.get(1).getString("contentAttributes")))
                    .readObject().getJsonObject("reply_to");
            assertEquals(thread.get(0).getJsonNumber("id").longValue(), replyTo.getJsonNumber("message_id").longValue());
            assertEquals("Vocês entregam no Porto?", replyTo.getString("text"));
        }

        @Test
        void aDeliveryFacebookSendsAgainAddsNothing() {
            FakeCustomer jurgen = facebook.customer(page, "Jürgen", LiveDeskApi.unique("Weiss"));
            WebhookDelivery first = webhook.customerSays(jurgen, "Hallo");
            long conversationId = conversationOf(jurgen);

            assertTrue(webhook.redeliver(first).succeeded());
            webhook.customerSays(jurgen, "Noch da?");

            await().atMost(PATIENCE).until(() -> messages(conversationId).size() == 2);
            assertEquals(List.of("Hallo", "Noch da?"), messages(conversationId).stream()
                    .map(m -> m.getString("content")).toList());
        }

        @Test
        void getStartedOpensAConversationAndTheLinkTheCustomerCameFromIsKept() {
            FakeCustomer lucia = facebook.customer(page, "Lucía", LiveDeskApi.unique("Martin"));

            webhook.customerTapsGetStarted(lucia, "Empezar", "summer-sale-2026");

            long conversationId = conversationOf(lucia);
            assertEquals("Empezar", messages(conversationId).get(0).getString("content"));
            String referral = await().atMost(PATIENCE).until(() -> admin.get("/api/v1/conversations/"
                    + conversationId).json().getString("referral", null), r -> r != null);
            assertTrue(referral.contains("summer-sale-2026"), referral);
        }

        @Test
        void reactionsAndEditsChangeTheMessageAgentsSee() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Roux"));
            WebhookDelivery said = webhook.customerSays(camille, "Je voudrais 2 croissants");
            long conversationId = conversationOf(camille);

            webhook.customerEdits(camille, said.mid(), "Je voudrais 3 croissants", 1);
            webhook.customerReacts(camille, said.mid(), "love");

            JsonObject message = await().atMost(PATIENCE).until(() -> messages(conversationId).get(0),
                    m -> m.getString("content").contains("3 croissants") && has(m, "contentAttributes")
                            && m.getString("contentAttributes").contains("reaction"));
            JsonObject attributes = Json.createReader(new java.io.StringReader(message.getString("contentAttributes")))
                    .readObject();
            assertEquals("Je voudrais 2 croissants", attributes.getJsonObject("edit").getString("originalText"));
            assertEquals("love", attributes.getJsonObject("reaction").getString("reaction"));
        }

        @Test
        void attachmentsAreCopiedAndOnesThatCannotBeSayWhy() {
            FakeCustomer jurgen = facebook.customer(page, "Jürgen", LiveDeskApi.unique("Koch"));
            String photo = facebook.cdn().image();
            String huge = facebook.cdn().oversized("film.mp4", "video/mp4", 30L * 1024 * 1024);

            webhook.customerSends(jurgen, WebhookAttachment.image(photo), WebhookAttachment.video(huge),
                    WebhookAttachment.image("https://attacker.example/steal.png"));

            long conversationId = conversationOf(jurgen);
            List<JsonObject> attachments = await().atMost(PATIENCE).until(() -> messages(conversationId).get(0)
                    .getJsonArray("attachments").getValuesAs(JsonObject.class), list -> list.size() == 3
                    && list.stream().allMatch(a -> a.getString("url").startsWith("/files/") || has(a, "copyProblem")));
            assertTrue(attachments.get(0).getString("url").startsWith("/files/"), attachments.get(0).toString());
            assertEquals(200, admin.getAnything(attachments.get(0).getString("url")).status());
            assertTrue(attachments.get(1).getString("copyProblem").contains("larger than"), attachments.get(1)
                    .toString());
            assertTrue(attachments.get(2).getString("copyProblem").contains("not one of Facebook's file hosts"),
                    attachments.get(2).toString());
        }

        @Test
        void aCopiedVideoIsServedInThePartsAPlayerAsksForToPlayAndSeek() {
            FakeCustomer ines = facebook.customer(page, "Inès", LiveDeskApi.unique("Moreau"));
            webhook.customerSends(ines, WebhookAttachment.video(facebook.cdn().video()));

            long conversationId = conversationOf(ines);
            String url = await().atMost(PATIENCE).until(() -> messages(conversationId).get(0)
                    .getJsonArray("attachments").getJsonObject(0), a -> a.getString("url").startsWith("/files/"))
                    .getString("url");
            LiveDeskApi.ApiResponse whole = admin.getAnything(url);
            assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
            long size = Long.parseLong(whole.headers().firstValue("Content-Length").orElseThrow());

            LiveDeskApi.ApiResponse part = admin.getPart(url, "bytes=4-11");
            assertEquals(206, part.status());
            assertEquals("bytes 4-11/" + size, part.headers().firstValue("Content-Range").orElse(""));
            assertEquals("ftypmp42", part.body());
            assertEquals(416, admin.getPart(url, "bytes=" + size + "-").status());
        }

        @Test
        void aReplyTypedInFacebooksPageInboxShowsAsSentOutsideLiveDesk() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Petit"));
            webhook.customerSays(camille, "Bonjour");
            long conversationId = conversationOf(camille);

            webhook.pageRepliesOutsideLiveDesk(camille, "Réponse depuis la boîte de réception");

            JsonObject outside = await().atMost(PATIENCE).until(() -> messages(conversationId),
                    list -> list.size() == 2).get(1);
            assertEquals("PAGE_OUTSIDE_LIVEDESK", outside.getString("senderKind"));
            assertEquals("OUTGOING", outside.getString("messageType"));
            assertEquals("Réponse depuis la boîte de réception", outside.getString("content"));
        }
    }

    @Nested
    class Replying {

        @Test
        void anAgentsReplyGoesOutAsAResponseAndBecomesDeliveredThenReadWithoutTheEchoAddingACopy() {
            facebook.autoEcho(FacebookConnectIT.webhookUrl(), true, true);
            try {
                FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Blanc"));
                webhook.customerSays(camille, "Bonjour");
                long conversationId = conversationOf(camille);

                JsonObject window = admin.get("/api/v1/conversations/" + conversationId).json()
                        .getJsonObject("replyWindow");
                assertEquals("OPEN", window.getString("standing"), "agents see the window before they write");
                assertTrue(Instant.parse(window.getString("closesAt")).isAfter(Instant.now().plus(Duration.ofHours(23))));

                long messageId = reply(conversationId, "Bonjour Camille, je regarde.").getJsonNumber("id").longValue();

                SentMessage sent = facebook.awaitMessages(camille, 1, PATIENCE).get(0);
                assertEquals("Bonjour Camille, je regarde.", sent.text());
                assertEquals("RESPONSE", sent.messagingType());
                assertEquals("livedesk:" + messageId + ":0", sent.metadata());
                JsonObject read = awaitMessage(conversationId, messageId, "READ");
                assertEquals(2, messages(conversationId).size(), "the echo is recognised as our own message");
                assertFalse(has(read, "failureReason"));
            } finally {
                facebook.stopAutoEcho();
            }
        }

        @Test
        void aFileTheAgentUploadsGoesOutAfterTheTextAsAnAttachmentFacebookFetchesFromLiveDesk() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Facture"));
            webhook.customerSays(camille, "Pouvez-vous m'envoyer la facture ?");
            long conversationId = conversationOf(camille);
            JsonObject uploaded = expect(201, admin.sendRaw("POST", "/api/v1/files", "text/plain",
                    "Facture n°4521 : 12,40 €")).json();

            long messageId = expect(201, admin.post("/api/v1/conversations/" + conversationId + "/messages",
                    Json.createObjectBuilder().add("content", "Voici votre facture.").add("attachments",
                            Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "FILE")
                                    .add("url", uploaded.getString("path")).add("fileName", "facture.txt"))).build()))
                    .json().getJsonNumber("id").longValue();

            List<SentMessage> sent = facebook.awaitMessages(camille, 2, PATIENCE);
            awaitMessage(conversationId, messageId, "SENT");
            assertEquals("Voici votre facture.", sent.get(0).text());
            assertEquals("file", sent.get(1).attachment().getString("type"));
            String link = sent.get(1).attachment().getJsonObject("payload").getString("url");
            assertEquals(LiveDeskApi.baseUrl() + uploaded.getString("path"), link);
            assertEquals("Facture n°4521 : 12,40 €", admin.getAnything(uploaded.getString("path")).body());
        }

        @Test
        void aLongReplyGoesOutInPartsThatEachFitMessenger() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Long"));
            webhook.customerSays(camille, "Racontez-moi tout");
            long conversationId = conversationOf(camille);
            String paragraph = "Une phrase assez longue pour remplir la réponse. ".repeat(30).strip();
            String text = String.join("\n\n", paragraph, paragraph, paragraph);

            long messageId = reply(conversationId, text).getJsonNumber("id").longValue();

            List<SentMessage> parts = facebook.awaitMessages(camille, 3, PATIENCE);
            awaitMessage(conversationId, messageId, "SENT");
            assertEquals(3, parts.size());
            parts.forEach(p -> assertTrue(p.text().length() <= 2000));
            assertEquals(List.of(paragraph, paragraph, paragraph), parts.stream().map(SentMessage::text).toList());
        }

        @Test
        void afterADayOnlyAHumanAgentAnswersWithTheHumanAgentTag() {
            FakeCustomer jurgen = facebook.customer(page, "Jürgen", LiveDeskApi.unique("Alt"));
            long conversationId = customerWroteAt(jurgen, Instant.now().minus(Duration.ofDays(3)));
            assertEquals("HUMAN_AGENT_ONLY", admin.get("/api/v1/conversations/" + conversationId).json()
                    .getJsonObject("replyWindow").getString("standing"));

            reply(conversationId, "Entschuldigung für die Verspätung.");

            SentMessage sent = facebook.awaitMessages(jurgen, 1, PATIENCE).get(0);
            assertEquals("MESSAGE_TAG", sent.messagingType());
            assertEquals("HUMAN_AGENT", sent.tag());
        }

        @Test
        void afterSevenDaysTheReplyIsRefusedWithTheReasonAndNothingIsSent() {
            FakeCustomer lucia = facebook.customer(page, "Lucía", LiveDeskApi.unique("Vieja"));
            long conversationId = customerWroteAt(lucia, Instant.now().minus(Duration.ofDays(8)));
            JsonObject window = admin.get("/api/v1/conversations/" + conversationId).json().getJsonObject("replyWindow");
            assertEquals("CLOSED", window.getString("standing"));
            assertTrue(window.getString("explanation").contains("has to write again"), window.toString());

            LiveDeskApi.ApiResponse refused = admin.post("/api/v1/conversations/" + conversationId + "/messages",
                    Json.createObjectBuilder().add("content", "¿Sigue ahí?").build());

            assertEquals(409, refused.status());
            assertTrue(refused.json().getString("detail").contains("7 days"), refused.body());
            assertEquals(List.of(), facebook.sendsTo(lucia));
        }

        @Test
        void aPassingFailureOfFacebookDelaysTheReplyWhichThenGoesOutOnce() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Patience"));
            webhook.customerSays(camille, "Bonjour");
            long conversationId = conversationOf(camille);
            facebook.failNext(GraphEndpoint.SEND, "graph-error-2-unexpected.json");

            long messageId = reply(conversationId, "Un instant.").getJsonNumber("id").longValue();

            awaitMessage(conversationId, messageId, "SENT");
            assertEquals(1, facebook.sendsTo(camille).size());
        }

        @Test
        void aRateLimitHoldsTheReplyBackWithTheReasonShown() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Limite"));
            webhook.customerSays(camille, "Bonjour");
            long conversationId = conversationOf(camille);
            facebook.failNext(GraphEndpoint.SEND, "graph-error-4-app-rate-limit.json");

            long messageId = reply(conversationId, "Bientôt.").getJsonNumber("id").longValue();

            JsonObject held = await().atMost(PATIENCE).until(() -> messages(conversationId).stream()
                    .filter(m -> m.getJsonNumber("id").longValue() == messageId).findFirst().orElseThrow(),
                    m -> has(m, "failureCode"));
            assertEquals("QUEUED", held.getString("deliveryStatus"));
            assertEquals(4, held.getInt("failureCode"));
            assertTrue(held.getString("failureReason").contains("rate limit"), held.toString());
        }

        @Test
        void aCustomerWhoCannotBeReachedMakesTheReplyFailWithFacebooksCodeAndReason() {
            FakeCustomer camille = facebook.customer(page, "Camille", LiveDeskApi.unique("Absente"));
            webhook.customerSays(camille, "Bonjour");
            long conversationId = conversationOf(camille);
            facebook.failNext(GraphEndpoint.SEND, "graph-error-551-1545041-user-unavailable.json");

            long messageId = reply(conversationId, "Vous êtes là ?").getJsonNumber("id").longValue();

            JsonObject failed = awaitMessage(conversationId, messageId, "FAILED");
            assertEquals(551, failed.getInt("failureCode"));
            assertTrue(failed.getString("failureReason").contains("isn't available"), failed.toString());
        }
    }
}
