package it.livedesk.support.facebook;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP request to the fake, read the way Graph reads it: the version prefix split off, and parameters taken
 * from the query string, a form body, a JSON body or a multipart body alike (Graph does not care which).
 */
final class GraphRequest {

    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

    private final String method;
    private final String path;
    private final String version;
    private final List<String> segments;
    private final Map<String, String> query;
    private final Map<String, JsonValue> parameters;
    private final byte[] body;
    private final String authorization;
    private final String contentType;
    private byte[] uploadedFile;

    private GraphRequest(String method, String path, Map<String, String> query, byte[] body, String authorization,
            String contentType) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.authorization = authorization;
        this.contentType = contentType == null ? "" : contentType.toLowerCase();
        List<String> parts = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        this.version = !parts.isEmpty() && VERSION.matcher(parts.get(0)).matches() ? parts.remove(0) : null;
        this.segments = List.copyOf(parts);
        this.parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, Json.createValue(value)));
        readBody(contentType == null ? "" : contentType);
    }

    static GraphRequest read(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new GraphRequest(exchange.getRequestMethod().toUpperCase(), exchange.getRequestURI().getRawPath()
                .transform(raw -> URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)),
                formDecode(exchange.getRequestURI().getRawQuery()), body,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"));
    }

    private void readBody(String rawContentType) {
        if (body.length == 0) {
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.startsWith("application/json")) {
            try {
                JsonValue json = FacebookJson.parse(text);
                if (json instanceof JsonObject object) {
                    parameters.putAll(object);
                }
            } catch (JsonParsingException e) {
                parameters.put("__unparseable_body", Json.createValue(text));
            }
        } else if (contentType.startsWith("multipart/form-data")) {
            readMultipart(rawContentType);
        } else {
            formDecode(text).forEach((name, value) -> parameters.put(name, Json.createValue(value)));
        }
    }

    private void readMultipart(String rawContentType) {
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(rawContentType);
        if (!boundary.find()) {
            return;
        }
        // ISO-8859-1 maps every byte to one char, so file bytes survive the round trip through a String.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + Pattern.quote(boundary.group(1)))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            if (headers.contains("filename=")) {
                uploadedFile = content.getBytes(StandardCharsets.ISO_8859_1);
            } else {
                String value = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                parameters.put(name.group(1), Json.createValue(value));
            }
        }
    }

    static Map<String, String> formDecode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** {@code v27.0} and the like, or {@code null} when the path had no version (Graph then uses the oldest). */
    String version() {
        return version;
    }

    List<String> segments() {
        return segments;
    }

    /** The path after the version, for error messages: {@code /me/x}. */
    String versionlessPath() {
        return "/" + String.join("/", segments);
    }

    byte[] body() {
        return body;
    }

    boolean isMultipart() {
        return contentType.startsWith("multipart/form-data");
    }

    byte[] uploadedFile() {
        return uploadedFile;
    }

    Map<String, String> query() {
        return query;
    }

    boolean bodyWasUnparseableJson() {
        return parameters.containsKey("__unparseable_body");
    }

    /** A parameter as text: strings as they are, anything else (a JSON body's object) as JSON text. */
    String parameter(String name) {
        JsonValue value = parameters.get(name);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    boolean has(String name) {
        return parameters.containsKey(name);
    }

    /**
     * A parameter as JSON: a JSON body's member as it is; a form or query value parsed as JSON, accepting the single
     * quotes Meta's own form examples use ({@code recipient={'id':'...'}}); otherwise the text as a JSON string.
     */
    JsonValue jsonParameter(String name) {
        JsonValue value = parameters.get(name);
        if (!(value instanceof JsonString string)) {
            return value;
        }
        String text = string.getString().trim();
        if (text.startsWith("{") || text.startsWith("[")) {
            for (String candidate : List.of(text, text.replace('\'', '"'))) {
                try {
                    return FacebookJson.parse(candidate);
                } catch (JsonParsingException e) {
                    // try the next reading
                }
            }
        }
        return value;
    }

    Map<String, JsonValue> parameters() {
        return parameters;
    }

    /** The token from {@code access_token} (query or body) or from an {@code Authorization: Bearer} header. */
    Optional<String> accessToken() {
        String token = parameter("access_token");
        if ((token == null || token.isBlank()) && authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).trim();
        }
        return Optional.ofNullable(token).filter(t -> !t.isBlank());
    }
}
