package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes JSON the way Facebook puts it on the wire: compact, members in the order given, every non-ASCII character as
 * a lowercase {@code \\uXXXX} escape (so emoji become surrogate pairs) and {@code /} as {@code \/}. Webhook bodies
 * also escape {@code @} and {@code %} (REFERENCE §5.3); Graph responses do not (their paging URLs show a raw
 * {@code %2C}). The exact bytes matter because LiveDesk must verify signatures over them, never over a re-encoding.
 */
final class FacebookJson {

    /** Escaping of webhook bodies: non-ASCII, {@code /}, {@code @} and {@code %}. */
    static final FacebookJson WEBHOOK = new FacebookJson(true);

    /** Escaping of Graph API response bodies: non-ASCII and {@code /} only. */
    static final FacebookJson GRAPH = new FacebookJson(false);

    private final boolean escapeAtAndPercent;

    private FacebookJson(boolean escapeAtAndPercent) {
        this.escapeAtAndPercent = escapeAtAndPercent;
    }

    String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    byte[] bytes(JsonValue value) {
        // After escaping every character is ASCII, so the encoding cannot change a byte.
        return write(value).getBytes(StandardCharsets.US_ASCII);
    }

    static JsonObject parseObject(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static JsonValue parse(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private void append(StringBuilder out, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    appendString(out, member.getKey());
                    out.append(':');
                    append(out, member.getValue());
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    append(out, item);
                }
                out.append(']');
            }
            case STRING -> appendString(out, ((JsonString) value).getString());
            default -> out.append(value); // numbers, true, false, null print as themselves
        }
    }

    private void appendString(StringBuilder out, String text) {
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
                    boolean escapeHere = c < 0x20 || c > 0x7e || (escapeAtAndPercent && (c == '@' || c == '%'));
                    if (escapeHere) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
