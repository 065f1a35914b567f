package io.livedesk.interfaces.sandbox.facebook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Graph's cursor-based paging over a list: {@code limit} items after (or before) an opaque cursor. A page has a
 * {@code next} cursor only when more items follow, so a client that stops when {@code paging.next} is absent,
 * and follows it verbatim otherwise, reads everything exactly once.
 */
final class CursorPaging {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    /** One page of items, with the cursors around it. */
    record Slice<T>(List<T> items, String before, String after, boolean hasPrevious, boolean hasNext) {
    }

    private CursorPaging() {
    }

    /**
     * @param after  cursor from a previous page's {@code after}, or null
     * @param before cursor from a previous page's {@code before}, or null (ignored when {@code after} is given)
     * @param limit  the requested page size, or null for Graph's default
     */
    static <T> Slice<T> slice(List<T> all, Function<T, String> idOf, String after, String before, Integer limit) {
        int size = limit == null || limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        int from;
        int to;
        if (after != null && !after.isBlank()) {
            from = indexOf(all, idOf, after) + 1;
            to = Math.min(all.size(), from + size);
        } else if (before != null && !before.isBlank()) {
            to = indexOf(all, idOf, before);
            from = Math.max(0, to - size);
        } else {
            from = 0;
            to = Math.min(all.size(), size);
        }
        List<T> items = List.copyOf(all.subList(from, to));
        String first = items.isEmpty() ? null : cursor(idOf.apply(items.get(0)));
        String last = items.isEmpty() ? null : cursor(idOf.apply(items.get(items.size() - 1)));
        return new Slice<>(items, first, last, from > 0, to < all.size());
    }

    static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("sbx:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> int indexOf(List<T> all, Function<T, String> idOf, String cursor) {
        String id;
        try {
            id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw GraphError.invalidParameter("Invalid cursor");
        }
        for (int i = 0; i < all.size(); i++) {
            if (id.equals("sbx:" + idOf.apply(all.get(i)))) {
                return i;
            }
        }
        throw GraphError.invalidParameter("Invalid cursor");
    }
}
