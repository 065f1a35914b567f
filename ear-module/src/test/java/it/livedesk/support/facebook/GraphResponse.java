package it.livedesk.support.facebook;

import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fake answers to one HTTP request: status, headers and the exact body bytes. */
record GraphResponse(int status, Map<String, String> headers, byte[] body) {

    static final String JSON = "application/json; charset=UTF-8";

    GraphResponse {
        headers = new LinkedHashMap<>(headers);
    }

    static GraphResponse json(JsonValue body) {
        return bytes(200, JSON, FacebookJson.GRAPH.bytes(body));
    }

    static GraphResponse bytes(int status, String contentType, byte[] body) {
        return new GraphResponse(status, Map.of("Content-Type", contentType), body);
    }

    static GraphResponse html(int status, String page) {
        return bytes(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static GraphResponse redirect(String location) {
        return new GraphResponse(302, Map.of("Location", location, "Content-Type", "text/html; charset=utf-8"),
                new byte[0]);
    }

    GraphResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphResponse(status, more, body);
    }
}
