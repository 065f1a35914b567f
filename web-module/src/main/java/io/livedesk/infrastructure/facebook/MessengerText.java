package io.livedesk.infrastructure.facebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Messenger takes at most 2,000 characters per message (REFERENCE §8.2): a longer reply goes out as several
 * messages, cut at a paragraph, line or word boundary where there is one, and never inside a character.
 */
public final class MessengerText {

    public static final int MAX_CHARACTERS = 2_000;

    private MessengerText() {
    }

    public static List<String> parts(String text) {
        return parts(text, MAX_CHARACTERS);
    }

    static List<String> parts(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.codePointCount(0, rest.length()) > limit) {
            int hardEnd = rest.offsetByCodePoints(0, limit);
            int cut = lastBoundary(rest, hardEnd);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** The best place to cut before {@code hardEnd}: a blank line, a line end, a space; else the limit itself. */
    private static int lastBoundary(String text, int hardEnd) {
        int minimum = hardEnd / 2; // cutting earlier than half-way would make needlessly many parts
        for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(boundary, hardEnd - boundary.length());
            if (at >= minimum) {
                return at + boundary.length();
            }
        }
        return hardEnd;
    }
}
