package io.livedesk.infrastructure.facebook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Facebook's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the request body, keyed with
 * the app secret. Checked over the raw bytes as they arrived (Facebook signs its own escaped JSON; a re-encoded
 * body would not match), and compared in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    private WebhookSignature() {
    }

    public static boolean matches(byte[] body, String header, String appSecret) {
        if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + HEX_LENGTH) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).toLowerCase());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body, appSecret), claimed);
    }

    /** What Facebook would send for this body: for tests and for the built-in sandbox. */
    public static String sign(byte[] body, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(hmac(body, appSecret));
    }

    private static byte[] hmac(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
