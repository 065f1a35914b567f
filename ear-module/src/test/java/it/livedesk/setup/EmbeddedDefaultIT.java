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
        // Only because the port is not 9080: the sandbox is reached, and sends its webhooks, through this address.
        env.put("LIVEDESK_PUBLIC_URL", baseUrl);
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
    void theBuiltInFacebookSandboxConnectsAPageAndCarriesMessagesBothWays() throws Exception {
        String token = administratorToken();
        JsonObject started = json(call(token, "POST", "/api/v1/channels/facebook/logins", "{}", 201));
        String dialogUrl = started.getString("dialogUrl");
        assertTrue(dialogUrl.startsWith(baseUrl + "/sandbox/facebook/www/"), dialogUrl);

        // The sandbox's dialog lists its Pages; ticking one and pressing Continue posts the form back.
        String dialog = send(HttpRequest.newBuilder(URI.create(dialogUrl)).build(), 200);
        Matcher page = Pattern.compile("name=\"page\" value=\"(\\d+)\"").matcher(dialog);
        assertTrue(page.find(), "the dialog lists the sandbox's Pages");
        String pageId = page.group(1);
        Map<String, String> asked = queryOf(URI.create(dialogUrl));
        String form = "client_id=" + enc(asked.get("client_id")) + "&redirect_uri=" + enc(asked.get("redirect_uri"))
                + "&state=" + enc(asked.get("state")) + "&scope=" + enc(asked.get("scope"))
                + "&response_type=code&page=" + pageId + "&action=continue";
        HttpResponse<String> continued = HTTP.send(HttpRequest.newBuilder(URI.create(dialogUrl.split("\\?")[0]))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, continued.statusCode(), continued::body);
        String callback = continued.headers().firstValue("Location").orElseThrow().split("#")[0];
        JsonObject login = json(send(HttpRequest.newBuilder(URI.create(callback))
                .header("Accept", "application/json").build(), 200));
        assertEquals("CHOOSING_PAGE", login.getString("status"), login::toString);
        JsonObject inbox = json(call(token, "POST", "/api/v1/channels/facebook/logins/" + login.getInt("id")
                + "/connect", "{\"pageId\":\"" + pageId + "\"}", 200));
        assertEquals("SUBSCRIBED", inbox.getJsonObject("channel").getString("subscriptionState"), inbox::toString);

        // A person writes as a Messenger customer on the sandbox's page; LiveDesk gets it as a signed webhook.
        String messenger = baseUrl + "/sandbox/facebook/messenger/api";
        String psid = json(send(jsonPost(messenger + "/pages/" + pageId + "/customers",
                "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}"), 200)).getString("psid");
        send(jsonPost(messenger + "/customers/" + psid + "/messages", "{\"text\":\"Hello from Messenger\"}"), 200);

        JsonObject conversation = awaitJson(() -> json(call(token, "GET", "/api/v1/conversations?assignee=any&inbox="
                + inbox.getInt("id"), null, 200)).getJsonArray("items"), items -> !items.isEmpty()).getJsonObject(0);
        assertEquals("Hello from Messenger", conversation.getString("lastMessagePreview"));
        call(token, "POST", "/api/v1/conversations/" + conversation.getInt("id") + "/messages",
                "{\"content\":\"Hi Ada, how can we help?\"}", 201);

        // The reply goes out through the sandbox's Send API and shows in the customer's thread.
        awaitJson(() -> json(send(HttpRequest.newBuilder(URI.create(messenger + "/customers/" + psid + "/thread"))
                .build(), 200)).getJsonArray("messages"), messages -> messages.getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> "page".equals(m.getString("from")) && "Hi Ada, how can we help?".equals(m.getString("text"))));
        JsonObject named = awaitJson(() -> json(call(token, "GET", "/api/v1/conversations/" + conversation.getInt("id"),
                null, 200)).getJsonObject("summary").getJsonObject("contact"),
                contact -> "Ada Lovelace".equals(contact.getString("displayName")));
        assertTrue(named.getString("avatarUrl").startsWith("/files/"), named::toString);
    }

    private static String administratorToken() throws Exception {
        String log = Files.readString(messagesLog(), StandardCharsets.UTF_8);
        log = log.length() >= logLengthBeforeStart ? log.substring((int) logLengthBeforeStart) : log;
        Matcher matcher = GENERATED_PASSWORD.matcher(log);
        assertTrue(matcher.find(), "the log does not show a generated administrator password");
        return json(call(null, "POST", "/api/v1/auth/login", Json.createObjectBuilder().add("email", matcher.group(1))
                .add("password", matcher.group(2)).build().toString(), 200)).getString("token");
    }

    private static String call(String token, String method, String path, String body, int expectedStatus)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), expectedStatus);
    }

    private static HttpRequest jsonPost(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String send(HttpRequest request, int expectedStatus) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), () -> request.uri() + ": " + response.body());
        return response.body();
    }

    private static <T> T awaitJson(java.util.concurrent.Callable<T> read, java.util.function.Predicate<T> done) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(read, done);
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
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
