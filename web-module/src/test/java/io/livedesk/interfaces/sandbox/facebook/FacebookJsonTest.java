package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FacebookJsonTest {

    static final Path FIXTURES = Path.of("../../shared/facebook/fixtures");

    static Stream<Path> webhookBodies() throws IOException {
        return fixtures("webhook-").filter(path -> !path.getFileName().toString().equals("webhook-verification-get.json"));
    }

    static Stream<Path> graphBodies() throws IOException {
        return fixtures("graph-").filter(path -> !path.getFileName().toString().equals("graph-usage-headers.json"));
    }

    private static Stream<Path> fixtures(String prefix) throws IOException {
        return Files.list(FIXTURES).filter(path -> path.getFileName().toString().startsWith(prefix)).sorted();
    }

    @Nested
    class WrittenAsFacebookWritesIt {

        @ParameterizedTest
        @MethodSource("io.livedesk.interfaces.sandbox.facebook.FacebookJsonTest#webhookBodies")
        void everyWebhookFixtureIsRewrittenByteForByte(Path fixture) throws IOException {
            String original = Files.readString(fixture, StandardCharsets.UTF_8);
            assertEquals(original, FacebookJson.webhook(JsonReader.parse(original)));
        }

        @ParameterizedTest
        @MethodSource("io.livedesk.interfaces.sandbox.facebook.FacebookJsonTest#graphBodies")
        void everyGraphFixtureIsRewrittenByteForByte(Path fixture) throws IOException {
            String original = Files.readString(fixture, StandardCharsets.UTF_8);
            assertEquals(original, FacebookJson.graph(JsonReader.parse(original)));
        }

        @Test
        void accentsAndEmojiBecomeLowercaseUnicodeEscapesAndSlashesAreEscaped() {
            assertEquals("\"Caf\\u00e9 \\ud83d\\ude4f https:\\/\\/x\"", FacebookJson.graph("Café 🙏 https://x"));
        }

        @Test
        void onlyWebhookBodiesEscapeTheAtSignAndThePercentSign() {
            assertEquals("\"a\\u0040b \\u0025\"", FacebookJson.webhook("a@b %"));
            assertEquals("\"a@b %\"", FacebookJson.graph("a@b %"));
        }

        @Test
        void quotesBackslashesAndLineBreaksAreEscapedAsJsonRequires() {
            assertEquals("\"say \\\"hi\\\"\\\\\\n\\t\"", FacebookJson.graph("say \"hi\"\\\n\t"));
        }

        @Test
        void membersKeepTheOrderTheyWereGiven() {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("sender", Map.of("id", "1"));
            object.put("timestamp", 5L);
            object.put("flags", List.of(true, false));
            object.put("nothing", null);
            assertEquals("{\"sender\":{\"id\":\"1\"},\"timestamp\":5,\"flags\":[true,false],\"nothing\":null}",
                    FacebookJson.graph(object));
        }
    }

    @Nested
    class SignedAsFacebookSignsIt {

        @Test
        void bothSignatureHeadersMatchTheFixturesForEveryWebhookBody() throws IOException {
            Map<String, Object> signatures = JsonReader.parseObject(Files.readString(FIXTURES.resolve("signatures.json")));
            String secret = Jsons.text(signatures, "app_secret_used_for_tests");
            Map<String, Object> files = Jsons.object(signatures, "files");
            for (String file : files.keySet()) {
                byte[] body = Files.readAllBytes(FIXTURES.resolve(file));
                Map<String, String> headers = WebhookSigning.headers(body, secret);
                Map<String, Object> expected = Jsons.object(files, file);
                assertEquals(Jsons.text(expected, "X-Hub-Signature-256"), headers.get("X-Hub-Signature-256"), file);
                assertEquals(Jsons.text(expected, "X-Hub-Signature"), headers.get("X-Hub-Signature"), file);
            }
        }
    }
}
