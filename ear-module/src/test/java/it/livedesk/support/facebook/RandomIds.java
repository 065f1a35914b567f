package it.livedesk.support.facebook;

import java.security.SecureRandom;

/**
 * Identifiers shaped like Facebook's (numeric ids, {@code EAA...} tokens, {@code m_...} message ids). Random rather
 * than counted, so that ids from one test never meet ids LiveDesk kept from an earlier test on the same server.
 */
final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String URL_SAFE = ALPHANUMERIC + "-_";

    /** The app-specific start of the fixtures' tokens; the next letter tells user (O) from Page (P) tokens. */
    private static final String TOKEN_PREFIX = "EAAOqZBsm1x0IB";

    private RandomIds() {
    }

    static String numeric(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < length) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    static String userId() {
        return numeric("1022", 17);
    }

    static String pageId() {
        return numeric("1" + RANDOM.nextInt(10), 15);
    }

    static String pageScopedId() {
        return numeric(String.valueOf(1 + RANDOM.nextInt(9)), 16);
    }

    static String userToken() {
        return TOKEN_PREFIX + "O" + chars(ALPHANUMERIC, 170);
    }

    static String pageToken() {
        return TOKEN_PREFIX + "P" + chars(ALPHANUMERIC, 170);
    }

    /** {@code m_} followed by 86 URL-safe characters, like every modern Messenger message id. */
    static String messageId() {
        return "m_" + chars(URL_SAFE, 86);
    }

    /** An authorization code as the login dialog hands it out: long, URL-safe, starting with AQ. */
    static String authorizationCode() {
        return "AQ" + chars(URL_SAFE, 340);
    }

    static String traceId() {
        return "A" + chars(URL_SAFE, 22);
    }

    static String chars(String alphabet, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
