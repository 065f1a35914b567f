package it.livedesk.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged server exactly as the README's run command does, with no LIVEDESK_* setting at all
 * (only other ports and an empty data directory), and uses it the way a newcomer would: the embedded
 * database is created and migrated, and the generated administrator password printed in the log works.
 */
public class EmbeddedDefaultIT {

    private static final Pattern GENERATED_PASSWORD =
            Pattern.compile("Created the first administrator (\\S+) with the generated password (\\S+) \\.");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path wlp;
    private static Path dataDir;
    private static String baseUrl;
    private static long logLengthBeforeStart;

    @BeforeAll
    static void startTheServerWithNothingConfigured() throws Exception {
        wlp = Path.of(System.getProperty("livedesk.test.wlp.dir"));
        dataDir = Path.of(System.getProperty("livedesk.test.embedded.data-dir"));
        deleteRecursively(dataDir);
        String port = System.getProperty("livedesk.test.embedded.http.port");
        baseUrl = "http://127.0.0.1:" + port;
        Path log = messagesLog();
        logLengthBeforeStart = Files.exists(log) ? Files.size(log) : 0;

        ProcessBuilder start = serverCommand("start");
        Map<String, String> env = start.environment();
        env.keySet().removeIf(name -> name.startsWith("LIVEDESK_"));
        env.put("LIVEDESK_HTTP_PORT", port);
        env.put("LIVEDESK_HTTPS_PORT", System.getProperty("livedesk.test.embedded.https.port"));
        env.put("LIVEDESK_DATA_DIR", dataDir.toString());
        run(start);
        awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        run(serverCommand("stop"));
    }

    @Test
    void theEmbeddedDatabaseIsCreatedInTheDataDirectoryAndReportedReady() throws Exception {
        JsonObject health = json(HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("UP", health.getString("status"));
        assertTrue(health.toString().contains("\"product\":\"H2\""), health::toString);
        assertTrue(Files.exists(dataDir.resolve("database/livedesk.mv.db")), "no H2 file in " + dataDir);
        assertTrue(Files.exists(dataDir.resolve("secret.key")), "no generated secret key in " + dataDir);
    }

    @Test
    void theGeneratedAdministratorPasswordFromTheLogSignsIn() throws Exception {
        String log = Files.readString(messagesLog(), StandardCharsets.UTF_8);
        // Only what this start wrote, unless the log was rotated meanwhile.
        log = log.length() >= logLengthBeforeStart ? log.substring((int) logLengthBeforeStart) : log;
        Matcher matcher = GENERATED_PASSWORD.matcher(log);
        assertTrue(matcher.find(), "the log does not show a generated administrator password");
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("email", matcher.group(1)).add("password", matcher.group(2)).build().toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login::body);
        assertEquals("ADMINISTRATOR", json(login.body()).getJsonObject("user").getString("role"));
    }

    @Test
    void theStartPageIsServed() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LiveDesk"));
    }

    private static Path messagesLog() {
        return wlp.resolve("usr/servers/livedesk/logs/messages.log");
    }

    private static ProcessBuilder serverCommand(String action) {
        return new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, "livedesk"))
                .redirectErrorStream(true);
    }

    private static void run(ProcessBuilder command) throws IOException, InterruptedException {
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        System.out.println("[embedded] " + String.join(" ", command.command()) + ": " + output.strip());
    }

    private static void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The port is not open yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The embedded-default server was not ready within " + timeout);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
