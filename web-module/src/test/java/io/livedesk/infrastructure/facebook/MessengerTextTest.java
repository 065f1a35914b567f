package io.livedesk.infrastructure.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessengerTextTest {

    @Test
    void aReplyWithinTheLimitGoesOutAsOneMessage() {
        assertEquals(List.of("Bonjour !"), MessengerText.parts("Bonjour !"));
        String exactly = "a".repeat(MessengerText.MAX_CHARACTERS);
        assertEquals(List.of(exactly), MessengerText.parts(exactly));
    }

    @Test
    void aLongReplyIsCutAtAParagraphAndNoPartIsOverTheLimit() {
        String first = "First paragraph. ".repeat(70).strip();
        String second = "Second paragraph. ".repeat(70).strip();
        List<String> parts = MessengerText.parts(first + "\n\n" + second);
        assertEquals(List.of(first, second), parts);
        parts.forEach(p -> assertTrue(p.codePointCount(0, p.length()) <= MessengerText.MAX_CHARACTERS));
    }

    @Test
    void aWordIsNeverCutWhenThereIsASpaceToCutAt() {
        List<String> parts = MessengerText.parts("word ".repeat(1000));
        assertEquals(3, parts.size());
        parts.forEach(p -> assertTrue(p.matches("(word ?)+"), p));
    }

    @Test
    void anEmojiIsNeverSplitInHalf() {
        String emojis = "\uD83D\uDE00".repeat(2500);
        List<String> parts = MessengerText.parts(emojis);
        assertEquals(2, parts.size());
        assertEquals(2000, parts.get(0).codePointCount(0, parts.get(0).length()));
        assertEquals(emojis, String.join("", parts));
    }
}
