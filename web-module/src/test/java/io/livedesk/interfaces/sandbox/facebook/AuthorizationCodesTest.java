package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationCodesTest {

    private static final String REDIRECT = "http://localhost:9080/connect/facebook/callback";
    private static final Instant ISSUED = Instant.parse("2026-11-12T10:40:00Z");

    private final AuthorizationCodes codes = new AuthorizationCodes();
    private final AuthorizationCodes.Grant grant =
            new AuthorizationCodes.Grant(List.of("100000000000101"), List.of("pages_messaging"), REDIRECT);

    @Test
    void aCodeIsExchangedOnceForWhatThePersonGranted() {
        String code = codes.issue(grant, ISSUED);
        assertEquals(grant, codes.redeem(code, REDIRECT, ISSUED.plusSeconds(5)));
    }

    @Test
    void aSecondExchangeOfTheSameCodeFailsAsUsed() {
        String code = codes.issue(grant, ISSUED);
        codes.redeem(code, REDIRECT, ISSUED.plusSeconds(5));
        GraphError used = assertThrows(GraphError.class, () -> codes.redeem(code, REDIRECT, ISSUED.plusSeconds(6)));
        assertEquals(100, used.code());
        assertEquals(36009, used.subcode());
        assertEquals("OAuth \"Facebook Platform\" \"invalid_code\" \"This authorization code has been used.\"",
                used.wwwAuthenticate());
    }

    @Test
    void aDifferentRedirectUriFailsAndLeavesTheCodeUsable() {
        String code = codes.issue(grant, ISSUED);
        GraphError mismatch = assertThrows(GraphError.class,
                () -> codes.redeem(code, REDIRECT + "/", ISSUED.plusSeconds(5)));
        assertEquals(36008, mismatch.subcode());
        assertEquals(grant, codes.redeem(code, REDIRECT, ISSUED.plusSeconds(6)));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String code = codes.issue(grant, ISSUED);
        GraphError expired = assertThrows(GraphError.class,
                () -> codes.redeem(code, REDIRECT, ISSUED.plus(AuthorizationCodes.LIFETIME)));
        assertEquals(36007, expired.subcode());
    }

    @Test
    void aCodeTheSandboxNeverIssuedIsRefused() {
        GraphError unknown = assertThrows(GraphError.class,
                () -> codes.redeem("AQnot-a-code", REDIRECT, ISSUED));
        assertEquals(100, unknown.code());
        assertEquals(400, unknown.httpStatus());
    }

    @Test
    void codesAreLongAndDifferentEachTime() {
        String first = codes.issue(grant, ISSUED);
        String second = codes.issue(grant, ISSUED.plus(Duration.ofSeconds(1)));
        assertEquals(342, first.length());
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
    }
}
