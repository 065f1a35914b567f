package io.livedesk.interfaces.webhook;

import io.livedesk.application.WebhookEventService;
import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.infrastructure.facebook.FacebookSettings;
import io.livedesk.infrastructure.facebook.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Facebook's webhook. GET is the subscription handshake; POST is a delivery: its signature is checked over the
 * raw bytes, it is stored durably, and only then does Facebook get its 200. A delivery that cannot be stored
 * gets a 503, so Facebook sends it again: nothing is acknowledged that is not kept.
 *
 * <p>The answer is asynchronous: a delivery is committed together with the others that arrive meanwhile, and the
 * request's thread does not sit waiting for that commit (under load, waiting threads left none to read the next
 * deliveries).
 */
@WebServlet(urlPatterns = "/webhooks/facebook", asyncSupported = true)
public class FacebookWebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FacebookWebhookServlet.class.getName());
    /** Facebook batches at most about a thousand small events; anything far larger is not from Facebook. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Well within the 20 s Facebook waits for an answer; a delivery not committed by then is answered 503. */
    static final long ANSWER_WITHIN_MILLIS = 15_000;

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
        AsyncContext pending = request.startAsync();
        pending.setTimeout(ANSWER_WITHIN_MILLIS);
        AtomicBoolean answered = new AtomicBoolean();
        pending.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                answerOnce(pending, answered, new IllegalStateException("not committed within "
                        + ANSWER_WITHIN_MILLIS + " ms"));
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        CompletableFuture<Long> stored = new CompletableFuture<>();
        stored.whenComplete((id, storageTrouble) -> answerOnce(pending, answered, storageTrouble));
        try {
            webhookEvents.store(ChannelType.FACEBOOK_PAGE, body, stored);
        } catch (RuntimeException storageTrouble) {
            stored.completeExceptionally(storageTrouble);
        }
    }

    /** 200 once stored, 503 when not (Facebook then sends it again); whichever comes first, once. */
    private static void answerOnce(AsyncContext pending, AtomicBoolean answered, Throwable storageTrouble) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        HttpServletResponse response = (HttpServletResponse) pending.getResponse();
        try {
            if (storageTrouble == null) {
                answer(response, HttpServletResponse.SC_OK, "EVENT_RECEIVED");
            } else {
                LOG.log(Level.WARNING, "A Facebook delivery could not be stored; Facebook will send it again",
                        storageTrouble);
                response.setHeader("Retry-After", "5");
                answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not stored; send it again.");
            }
        } catch (IOException | IllegalStateException connectionGone) {
            LOG.log(Level.FINE, "Facebook went away before its answer", connectionGone);
        } finally {
            pending.complete();
        }
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
