package io.livedesk.interfaces.sandbox.facebook;

import java.util.Collection;
import java.util.Map;

/**
 * Compact JSON written the way Facebook writes it. Facebook escapes every non-ASCII character as a lowercase
 * {@code \}{@code uXXXX} (emoji as surrogate pairs) and {@code /} as {@code \/}; webhook bodies also escape
 * {@code @} and {@code %}. The escaping matters because webhooks are signed over these exact bytes: a receiver
 * that re-encodes before checking the signature fails, and the sandbox should catch that as Facebook would.
 *
 * <p>Values: {@link Map} (in its iteration order), {@link Collection}, {@link CharSequence}, {@link Number},
 * {@link Boolean} and {@code null}.
 */
final class FacebookJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final boolean webhookEscaping;
    private final StringBuilder out = new StringBuilder(256);

    private FacebookJson(boolean webhookEscaping) {
        this.webhookEscaping = webhookEscaping;
    }

    /** As a Graph API response body. */
    static String graph(Object value) {
        return new FacebookJson(false).value(value).out.toString();
    }

    /** As a webhook body: Graph's escaping plus {@code @} and {@code %}. */
    static String webhook(Object value) {
        return new FacebookJson(true).value(value).out.toString();
    }

    private FacebookJson value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()));
                out.append(':');
                value(entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(item);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
        return this;
    }

    private void string(CharSequence text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean escaped = c < 0x20 || c > 0x7e || (webhookEscaping && (c == '@' || c == '%'));
                    if (escaped) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
