package io.livedesk.interfaces.webhook;

import io.livedesk.application.WebhookEventService;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.infrastructure.facebook.FacebookSettings;
import io.livedesk.infrastructure.facebook.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Facebook's webhook. GET is the subscription handshake; POST is a delivery: its signature is checked over the
 * raw bytes, it is stored durably, and only then does Facebook get its 200. A delivery that cannot be stored
 * gets a 503, so Facebook sends it again: nothing is acknowledged that is not kept.
 */
@WebServlet(urlPatterns = "/webhooks/facebook")
public class FacebookWebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FacebookWebhookServlet.class.getName());
    /** Facebook batches at most about a thousand small events; anything far larger is not from Facebook. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    @Inject
    FacebookSettings facebook;

    @Inject
    WebhookEventService webhookEvents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> expected = facebook.verifyToken();
        String challenge = request.getParameter("hub.challenge");
        boolean verified = expected.isPresent()
                && "subscribe".equals(request.getParameter("hub.mode"))
                && challenge != null
                && constantTimeEquals(expected.get(), request.getParameter("hub.verify_token"));
        if (!verified) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(challenge);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> appSecret = facebook.appSecret();
        if (appSecret.isEmpty()) {
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "LIVEDESK_FACEBOOK_APP_SECRET is not set: deliveries cannot be verified.");
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Body too large.");
            return;
        }
        if (!WebhookSignature.matches(body, request.getHeader(WebhookSignature.HEADER), appSecret.get())) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "Missing or invalid " + WebhookSignature.HEADER + ".");
            return;
        }
        try {
            webhookEvents.store(ChannelType.FACEBOOK_PAGE, body);
        } catch (RuntimeException storageTrouble) {
            LOG.log(Level.WARNING, "A Facebook delivery could not be stored; Facebook will send it again", storageTrouble);
            response.setHeader("Retry-After", "5");
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not stored; send it again.");
            return;
        }
        answer(response, HttpServletResponse.SC_OK, "EVENT_RECEIVED");
    }

    /** The body, or null when it exceeds the limit. */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
