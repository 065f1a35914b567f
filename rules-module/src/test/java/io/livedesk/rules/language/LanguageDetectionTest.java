package io.livedesk.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private static final LanguageDetection DETECTION = new LanguageDetection(List.of("en", "fr", "de", "es", "it"));

    @Test
    void aFrenchMessageIsFrench() {
        assertEquals("fr", DETECTION.detect("Bonjour, ma commande n'est toujours pas arrivée, pouvez-vous vérifier ?"));
    }

    @Test
    void aGermanMessageIsGerman() {
        assertEquals("de", DETECTION.detect("Hallo, meine Bestellung ist noch nicht angekommen. Können Sie nachsehen?"));
    }

    @Test
    void anEnglishMessageIsEnglish() {
        assertEquals("en", DETECTION.detect("Hello, my order still has not arrived, could you please check?"));
    }

    @Test
    void aMessageTooShortToTellGivesNoLanguage() {
        assertEquals("", DETECTION.detect("ok"));
        assertEquals("", DETECTION.detect("👍"));
    }
}
