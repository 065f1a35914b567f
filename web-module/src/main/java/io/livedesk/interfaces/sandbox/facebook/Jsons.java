package io.livedesk.interfaces.sandbox.facebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading values out of what {@link JsonReader} returns, tolerating absent members. */
final class Jsons {

    private Jsons() {
    }

    /** The member as text (numbers and booleans as written), or null when absent or null. */
    static String text(Map<String, Object> object, String name) {
        Object value = object == null ? null : object.get(name);
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    static long number(Map<String, Object> object, String name, long otherwise) {
        return object != null && object.get(name) instanceof Number n ? n.longValue() : otherwise;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> object, String name) {
        return object != null && object.get(name) instanceof Map<?, ?> member ? (Map<String, Object>) member : null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> object, String name) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (object != null && object.get(name) instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> member) {
                    out.add((Map<String, Object>) member);
                }
            }
        }
        return out;
    }

    static List<String> texts(Map<String, Object> object, String name) {
        List<String> out = new ArrayList<>();
        if (object != null && object.get(name) instanceof List<?> items) {
            for (Object item : items) {
                if (item != null) {
                    out.add(item.toString());
                }
            }
        }
        return out;
    }
}
