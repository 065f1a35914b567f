package it.livedesk.support.facebook;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Facebook's two webhook signatures over the exact body bytes, keyed with the app secret:
 * {@code X-Hub-Signature-256: sha256=<hex>} and the legacy {@code X-Hub-Signature: sha1=<hex>} (REFERENCE §5.3).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String sha256(byte[] body, String appSecret) {
        return "sha256=" + hmac("HmacSHA256", body, appSecret);
    }

    public static String sha1(byte[] body, String appSecret) {
        return "sha1=" + hmac("HmacSHA1", body, appSecret);
    }

    private static String hmac(String algorithm, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }
}
