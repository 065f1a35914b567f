package it.livedesk.facebook;

import static it.livedesk.support.LiveDeskApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Facebook's side of the webhook, replayed from the shared fixtures exactly as Facebook sends them: the
 * handshake, signed deliveries (kept byte for byte before the 200), and deliveries that must be refused.
 */
@MicroShedTest
public class FacebookWebhookIT {

    private static final Path FIXTURES = Path.of(System.getProperty("livedesk.test.facebook.fixtures"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();

    static Stream<String> signedDeliveries() throws IOException {
        return signatures().getJsonObject("files").keySet().stream().sorted();
    }

    private static JsonObject signatures() throws IOException {
        return Json.createReader(new StringReader(Files.readString(FIXTURES.resolve("signatures.json")))).readObject();
    }

    private static String appSecret() throws IOException {
        return signatures().getString("app_secret_used_for_tests");
    }

    private static HttpResponse<String> deliver(byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LiveDeskApi.baseUrl() + "/webhooks/facebook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The bodies of the most recent deliveries the server kept, as an administrator sees them. */
    private Set<String> storedBodies() {
        Set<String> bodies = new HashSet<>();
        expect(200, admin.get("/api/v1/webhook-events?limit=100")).json().getJsonArray("items")
                .forEach(item -> bodies.add(item.asJsonObject().getString("body")));
        return bodies;
    }

    @Nested
    class TheSubscriptionHandshake {

        @Test
        void theChallengeIsEchoedWhenTheVerifyTokenMatches() throws Exception {
            HttpResponse<String> response = handshake("subscribe", "helpdesk-verify-3c9d", "1158201444");
            assertEquals(200, response.statusCode());
            assertEquals("1158201444", response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        }

        @Test
        void aWrongVerifyTokenOrModeIsRefused() throws Exception {
            assertEquals(403, handshake("subscribe", "not-our-token", "1158201444").statusCode());
            assertEquals(403, handshake("unsubscribe", "helpdesk-verify-3c9d", "1158201444").statusCode());
        }

        private HttpResponse<String> handshake(String mode, String token, String challenge) throws Exception {
            URI uri = URI.create(LiveDeskApi.baseUrl() + "/webhooks/facebook?hub.mode=" + mode
                    + "&hub.verify_token=" + token + "&hub.challenge=" + challenge);
            return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Nested
    class SignedDeliveries {

        @ParameterizedTest(name = "{0}")
        @MethodSource("it.livedesk.facebook.FacebookWebhookIT#signedDeliveries")
        void aGenuineDeliveryIsKeptByteForByteBeforeItIsAcknowledged(String fixture) throws Exception {
            byte[] body = Files.readAllBytes(FIXTURES.resolve(fixture));
            String signature = signatures().getJsonObject("files").getJsonObject(fixture).getString("X-Hub-Signature-256");
            HttpResponse<String> response = deliver(body, signature);
            assertEquals(200, response.statusCode(), response::body);
            assertTrue(storedBodies().contains(new String(body, StandardCharsets.UTF_8)), "not stored: " + fixture);
        }

        @Test
        void aValidlySignedBodyThatIsNotJsonIsKeptForAnAdministratorToSee() throws Exception {
            byte[] body = ("{\"object\":\"page\",\"entry\":[ broken " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = deliver(body, sign(body, appSecret()));
            assertEquals(200, response.statusCode());
            assertTrue(storedBodies().contains(new String(body, StandardCharsets.UTF_8)));
        }
    }

    @Nested
    class RefusedDeliveries {

        @Test
        void aDeliveryChangedAfterSigningIsRefusedAndNothingIsKept() throws Exception {
            byte[] body = Files.readAllBytes(FIXTURES.resolve("webhook-text.json"));
            String signature = signatures().getJsonObject("files").getJsonObject("webhook-text.json")
                    .getString("X-Hub-Signature-256");
            String tampered = new String(body, StandardCharsets.UTF_8).replace("Bonjour", "Bonsoir");
            assertEquals(403, deliver(tampered.getBytes(StandardCharsets.UTF_8), signature).statusCode());
            assertFalse(storedBodies().contains(tampered));
        }

        @Test
        void aDeliveryWithoutSignatureOrWithAMalformedOneIsRefused() throws Exception {
            byte[] body = ("{\"object\":\"page\",\"entry\":[],\"n\":" + System.nanoTime() + "}").getBytes(StandardCharsets.UTF_8);
            for (String signature : java.util.Arrays.asList(null, "sha256=", "sha1=abc", "sha256=" + "zz".repeat(32),
                    sign(body, "another-app-secret"))) {
                assertEquals(403, deliver(body, signature).statusCode(), "signature " + signature);
            }
            assertFalse(storedBodies().contains(new String(body, StandardCharsets.UTF_8)));
        }
    }

    private static String sign(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    }
}
