package io.livedesk.interfaces.sandbox.facebook;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The sandbox's Graph API over HTTP: {@code /sandbox/facebook/graph/{vNN.0}/...}. Takes the call apart (path,
 * query and form parameters, JSON body, token from either place Facebook reads it) and writes Facebook's
 * answer, errors included, as compact JSON escaped the way Graph escapes it.
 *
 * <p>A servlet rather than JAX-RS: the REST application is {@code @ApplicationPath("/api/v1")} and scans the
 * whole WAR, so a second one would need explicit class lists on both; and Graph routes by path shape
 * ({@code /{any-id}/messages}) with one error format for everything, which plain routing states more simply.
 */
@WebServlet(urlPatterns = "/sandbox/facebook/graph/*")
public class GraphServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(GraphServlet.class.getName());
    private static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\.0");
    private static final int MAX_BODY_BYTES = 256 * 1024;

    @Inject
    GraphApi graph;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        List<String> segments = Arrays.stream(String.valueOf(request.getPathInfo()).split("/"))
                .filter(s -> !s.isEmpty() && !s.equals("null")).toList();
        try {
            if (segments.isEmpty() || !VERSION.matcher(segments.get(0)).matches()) {
                throw GraphError.unknownPath("/" + String.join("/", segments));
            }
            if (segments.size() == 1) {
                throw GraphError.unknownPath("/" + segments.get(0));
            }
            GraphRequest call = new GraphRequest(method, segments.get(0), segments.subList(1, segments.size()),
                    parameters(request), token(request), body(request));
            write(response, 200, graph.handle(call), segments.get(0));
        } catch (GraphError error) {
            if (error.wwwAuthenticate() != null) {
                response.setHeader("WWW-Authenticate", error.wwwAuthenticate());
            }
            write(response, error.httpStatus(), error.body(), segments.isEmpty() ? "" : segments.get(0));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "The Facebook sandbox failed on " + method + " " + request.getRequestURI(),
                    unexpected);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", "An unexpected error has occurred. Please retry your request later.");
            error.put("type", "OAuthException");
            error.put("is_transient", true);
            error.put("code", 2);
            write(response, 500, Map.of("error", error), "");
        }
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        return parameters;
    }

    /** Facebook reads {@code Authorization: Bearer} and {@code access_token}; botpress uses the one, Meta the other. */
    private static String token(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String token = request.getParameter("access_token");
        return token == null || token.isBlank() ? null : token;
    }

    /**
     * A JSON body; or, for a form post, the members Meta's own examples send as JSON text
     * ({@code recipient={"id":"..."}}, sometimes with single quotes).
     */
    private static Map<String, Object> body(HttpServletRequest request) throws IOException {
        String type = String.valueOf(request.getContentType()).toLowerCase();
        if (type.startsWith("application/json")) {
            byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw GraphError.invalidParameter("The request body is too large");
            }
            if (bytes.length == 0) {
                return null;
            }
            try {
                return JsonReader.parseObject(new String(bytes, StandardCharsets.UTF_8));
            } catch (JsonReader.NotJson e) {
                throw GraphError.invalidParameter("Invalid JSON in the request body: " + e.getMessage());
            }
        }
        Map<String, Object> form = new LinkedHashMap<>();
        for (String name : List.of("recipient", "message", "messaging_type", "tag", "sender_action")) {
            String value = request.getParameter(name);
            if (value != null) {
                form.put(name, value.startsWith("{") ? jsonParameter(name, value) : value);
            }
        }
        return form.isEmpty() ? null : form;
    }

    private static Object jsonParameter(String name, String value) {
        try {
            return JsonReader.parse(value);
        } catch (JsonReader.NotJson strictFailed) {
            try {
                return JsonReader.parse(value.replace('\'', '"'));
            } catch (JsonReader.NotJson e) {
                throw GraphError.invalidParameter("Param " + name + " must be a JSON object");
            }
        }
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body, String version)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        if (!version.isEmpty()) {
            response.setHeader("facebook-api-version", version);
        }
        response.setHeader("x-fb-rev", "livedesk-sandbox");
        response.getOutputStream().write(FacebookJson.graph(body).getBytes(StandardCharsets.UTF_8));
    }
}
