package io.livedesk.interfaces.sandbox.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (with JSON-P) into plain values: objects as {@link LinkedHashMap} (order kept), arrays as
 * {@link List}, integers as {@link Long}, other numbers as {@link BigDecimal}, and strings, booleans, {@code null}.
 * Plain values, because the sandbox writes them back with Facebook's own escaping ({@link FacebookJson}), which
 * JSON-P's writer cannot do; keeping numbers as written lets Facebook's fixtures round-trip byte for byte.
 */
final class JsonReader {

    /** Thrown for text that is not JSON; the message says where. */
    static final class NotJson extends IllegalArgumentException {
        NotJson(String message) {
            super(message);
        }
    }

    private JsonReader() {
    }

    static Object parse(String text) {
        try (jakarta.json.JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonParsingException | IllegalStateException notJson) {
            throw new NotJson("Not JSON: " + notJson.getMessage());
        } catch (JsonException unreadable) {
            throw new NotJson("Not JSON: " + unreadable.getMessage());
        }
    }

    /** The text as a JSON object, or {@link NotJson}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String text) {
        if (parse(text) instanceof Map<?, ?> object) {
            return (Map<String, Object>) object;
        }
        throw new NotJson("Expected a JSON object");
    }

    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    object.put(member.getKey(), plain(member.getValue()));
                }
                return object;
            }
            case ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonValue item : (JsonArray) value) {
                    array.add(plain(item));
                }
                return array;
            }
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER: {
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() && number.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                        ? (Object) number.longValueExact() : number.bigDecimalValue();
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
