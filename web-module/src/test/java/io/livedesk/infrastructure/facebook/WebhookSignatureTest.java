package io.livedesk.infrastructure.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The shared fixtures' test app secret and the signature they give for webhook-text.json (fixtures/README.md).
    private static final String APP_SECRET = "5f1c9a27e3b84d60a1c7e9f2b4d8a630";
    private static final String TEXT_SIGNATURE =
            "sha256=644f38398191e31e93f99f341246490efe2434694a39be063d2a6af5dbd4e6a2";
    private static final Path TEXT_FIXTURE = Path.of("../../shared/facebook/fixtures/webhook-text.json");

    @Test
    void facebooksSignatureOverTheRawBytesIsAccepted() throws Exception {
        byte[] body = Files.readAllBytes(TEXT_FIXTURE);
        assertTrue(WebhookSignature.matches(body, TEXT_SIGNATURE, APP_SECRET));
        assertTrue(WebhookSignature.matches(body, TEXT_SIGNATURE.toUpperCase().replace("SHA256=", "sha256="), APP_SECRET));
        assertEquals(TEXT_SIGNATURE, WebhookSignature.sign(body, APP_SECRET));
    }

    @Test
    void theSameJsonReEncodedNoLongerMatches() throws Exception {
        String decoded = new String(Files.readAllBytes(TEXT_FIXTURE), StandardCharsets.UTF_8).replace("\\u00e9", "é");
        assertFalse(WebhookSignature.matches(decoded.getBytes(StandardCharsets.UTF_8), TEXT_SIGNATURE, APP_SECRET));
    }

    @Test
    void missingTruncatedOrForeignSignaturesAreRefused() throws Exception {
        byte[] body = Files.readAllBytes(TEXT_FIXTURE);
        assertFalse(WebhookSignature.matches(body, null, APP_SECRET));
        assertFalse(WebhookSignature.matches(body, "sha256=644f", APP_SECRET));
        assertFalse(WebhookSignature.matches(body, "sha1=a9b8b8ed5a57886167de4e9d74cb358516eb6958", APP_SECRET));
        assertFalse(WebhookSignature.matches(body, TEXT_SIGNATURE, "another-secret"));
        assertFalse(WebhookSignature.matches(body, "sha256=" + "g".repeat(64), APP_SECRET));
    }
}
