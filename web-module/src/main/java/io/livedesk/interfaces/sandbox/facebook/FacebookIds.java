package io.livedesk.interfaces.sandbox.facebook;

import java.security.SecureRandom;

/**
 * The identifiers Facebook hands out, shaped like Facebook's so that LiveDesk's columns and parsers meet
 * realistic values: message ids ({@code m_} and 86 URL-safe characters), access tokens (long, alphanumeric,
 * {@code EAA...}), authorization codes ({@code AQ...}) and page-scoped ids (16 digits).
 */
final class FacebookIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String URL_SAFE = ALPHANUMERIC + "-_";

    private FacebookIds() {
    }

    static String messageId() {
        return "m_" + random(URL_SAFE, 86);
    }

    static String userAccessToken() {
        return "EAAB" + random(ALPHANUMERIC, 180);
    }

    static String pageAccessToken() {
        return "EAAP" + random(ALPHANUMERIC, 180);
    }

    static String authorizationCode() {
        return "AQ" + random(URL_SAFE, 340);
    }

    static String pageScopedId() {
        return (1 + RANDOM.nextInt(9)) + random("0123456789", 15);
    }

    static String attachmentId() {
        return (1 + RANDOM.nextInt(9)) + random("0123456789", 15);
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
