package it.livedesk.api;

import static it.livedesk.support.LiveDeskApi.expect;
import static it.livedesk.support.LiveDeskApi.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.livedesk.support.LiveDeskApi;
import it.livedesk.support.LiveDeskApi.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
public class AuthenticationIT {

    private final LiveDeskApi admin = LiveDeskApi.asAdministrator();

    private static JsonObject credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build();
    }

    private String newAgent() {
        String email = unique("auth") + "@example.test";
        admin.createAgent(email, "Auth Agent");
        return email;
    }

    @Nested
    class SigningIn {

        @Test
        void aUserSignsInWithTheirPasswordAndGetsABearerToken() {
            String email = newAgent();
            ApiResponse response = expect(200, LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(email.toUpperCase(), LiveDeskApi.AGENT_PASSWORD)));
            JsonObject body = response.json();
            assertEquals("Bearer", body.getString("tokenType"));
            assertTrue(body.getString("token").startsWith("ldk_"));
            assertEquals(email, body.getJsonObject("user").getString("email"));
            LiveDeskApi agent = LiveDeskApi.anonymous().withToken(body.getString("token"));
            assertEquals(email, expect(200, agent.get("/api/v1/profile")).json().getString("email"));
        }

        @Test
        void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
            String email = newAgent();
            ApiResponse wrongPassword = LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(email, "not-the-password"));
            ApiResponse unknownAddress = LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(unique("nobody") + "@example.test", "not-the-password"));
            assertEquals(401, wrongPassword.status());
            assertEquals(401, unknownAddress.status());
            assertTrue(wrongPassword.isProblem());
            assertEquals(wrongPassword.json().getString("detail"), unknownAddress.json().getString("detail"));
        }

        @Test
        void repeatedFailuresForOneAddressAreRefusedForAWhileEvenWithTheRightPassword() {
            String email = newAgent();
            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals(401, LiveDeskApi.anonymous().post("/api/v1/auth/login",
                        credentials(email, "guess-" + attempt)).status());
            }
            ApiResponse refused = LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(email, LiveDeskApi.AGENT_PASSWORD));
            assertEquals(429, refused.status());
            assertTrue(refused.isProblem());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }

        @Test
        void aDeactivatedUserCannotSignInAndTheirTokensStopWorking() {
            String email = newAgent();
            LiveDeskApi agent = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);
            long id = expect(200, agent.get("/api/v1/profile")).json().getJsonNumber("id").longValue();
            expect(200, admin.patch("/api/v1/users/" + id, Json.createObjectBuilder().add("active", false).build()));
            assertEquals(401, agent.get("/api/v1/profile").status());
            assertEquals(401, LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(email, LiveDeskApi.AGENT_PASSWORD)).status());
        }
    }

    @Nested
    class Tokens {

        @Test
        void theApiRefusesCallsWithoutATokenWithAProblemBody() {
            ApiResponse response = LiveDeskApi.anonymous().get("/api/v1/conversations");
            assertEquals(401, response.status());
            assertTrue(response.isProblem());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }

        @Test
        void anInventedTokenIsRefused() {
            ApiResponse response = LiveDeskApi.anonymous().withToken("ldk_invented").get("/api/v1/profile");
            assertEquals(401, response.status());
            assertTrue(response.isProblem());
        }

        @Test
        void loggingOutEndsTheSession() {
            LiveDeskApi agent = LiveDeskApi.signIn(newAgent(), LiveDeskApi.AGENT_PASSWORD);
            assertEquals(204, agent.post("/api/v1/auth/logout", Json.createObjectBuilder().build()).status());
            assertEquals(401, agent.get("/api/v1/profile").status());
        }

        @Test
        void changingThePasswordRevokesEveryOtherTokenAndReturnsAFreshSession() {
            String email = newAgent();
            LiveDeskApi first = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);
            LiveDeskApi second = LiveDeskApi.signIn(email, LiveDeskApi.AGENT_PASSWORD);
            ApiResponse changed = expect(200, first.put("/api/v1/profile/password", Json.createObjectBuilder()
                    .add("currentPassword", LiveDeskApi.AGENT_PASSWORD).add("newPassword", "a-brand-new-password").build()));
            assertEquals(401, first.get("/api/v1/profile").status());
            assertEquals(401, second.get("/api/v1/profile").status());
            LiveDeskApi fresh = LiveDeskApi.anonymous().withToken(changed.json().getString("token"));
            assertEquals(200, fresh.get("/api/v1/profile").status());
            assertEquals(200, LiveDeskApi.anonymous().post("/api/v1/auth/login",
                    credentials(email, "a-brand-new-password")).status());
        }

        @Test
        void aPersonalApiTokenWorksUntilItIsRevokedAndIsNeverShownAgain() {
            LiveDeskApi agent = LiveDeskApi.signIn(newAgent(), LiveDeskApi.AGENT_PASSWORD);
            JsonObject issued = expect(201, agent.post("/api/v1/profile/tokens",
                    Json.createObjectBuilder().add("name", "CRM sync").build())).json();
            LiveDeskApi client = LiveDeskApi.anonymous().withToken(issued.getString("token"));
            assertEquals(200, client.get("/api/v1/conversations").status());

            String listed = expect(200, agent.get("/api/v1/profile/tokens")).body();
            assertTrue(listed.contains("CRM sync"));
            assertFalse(listed.contains(issued.getString("token")));

            long tokenId = expect(200, agent.get("/api/v1/profile/tokens")).jsonArray().stream()
                    .map(v -> v.asJsonObject()).filter(t -> t.getString("name").equals("CRM sync"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            assertEquals(204, agent.delete("/api/v1/profile/tokens/" + tokenId).status());
            assertEquals(401, client.get("/api/v1/conversations").status());
        }
    }
}
