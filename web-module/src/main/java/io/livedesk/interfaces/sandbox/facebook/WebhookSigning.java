package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.facebook.WebhookSignature;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/**
 * The signature headers Facebook puts on a webhook, over the exact body bytes with the app secret: the current
 * {@code X-Hub-Signature-256} (HMAC-SHA256) and the legacy {@code X-Hub-Signature} (HMAC-SHA1), which libraries
 * still check and Facebook still sends.
 */
final class WebhookSigning {

    private WebhookSigning() {
    }

    static Map<String, String> headers(byte[] body, String appSecret) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.sign(body, appSecret));
        headers.put("X-Hub-Signature", "sha1=" + HexFormat.of().formatHex(hmacSha1(body, appSecret)));
        return headers;
    }

    private static byte[] hmacSha1(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
