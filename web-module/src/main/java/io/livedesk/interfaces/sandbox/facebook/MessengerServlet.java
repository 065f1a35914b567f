package io.livedesk.interfaces.sandbox.facebook;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON the customer page ({@code /sandbox/facebook/messenger/}) talks to: its own small API, not Facebook's.
 *
 * <pre>
 * GET  pages                              the Pages, with the webhook fields each is subscribed to
 * GET  pages/{page}/customers             the Page's customers
 * POST pages/{page}/customers             {"first_name","last_name"}: a new customer
 * GET  customers/{psid}/thread            the thread, what was read, and the last webhook deliveries
 * POST customers/{psid}/messages          {"text"} or {"sample"}: a message or a sample photo
 * POST customers/{psid}/get-started       the Get Started postback
 * POST customers/{psid}/read              {"watermark"}: the customer saw the replies
 * GET  samples                            the sample photos
 * </pre>
 *
 * POSTs must be {@code application/json}: a browser then cannot send one from another site without asking
 * first, so no other page can write in a customer's name.
 */
@WebServlet(urlPatterns = "/sandbox/facebook/messenger/api/*")
public class MessengerServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MessengerServlet.class.getName());

    @Inject
    CustomerMessenger messenger;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = Arrays.stream(String.valueOf(request.getPathInfo()).split("/"))
                .filter(s -> !s.isEmpty() && !s.equals("null")).toList();
        try {
            Object body = route(request.getMethod(), path, request);
            write(response, 200, body);
        } catch (CustomerPageProblem problem) {
            write(response, problem.status(), Map.of("error", problem.getMessage()));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "The Facebook sandbox's Messenger failed on " + request.getMethod() + " "
                    + request.getRequestURI(), unexpected);
            write(response, 500, Map.of("error", "The sandbox failed; the server log says why."));
        }
    }

    private Object route(String method, List<String> path, HttpServletRequest request) throws IOException {
        String resource = path.isEmpty() ? "" : path.get(0);
        if (method.equals("GET") && path.equals(List.of("pages"))) {
            return Map.of("pages", messenger.pages().stream().map(this::page).toList());
        }
        if (method.equals("GET") && path.equals(List.of("samples"))) {
            List<Map<String, Object>> samples = new ArrayList<>();
            CustomerMessenger.SAMPLE_IMAGES.forEach((name, alt) -> samples.add(Map.of("name", name, "alt", alt,
                    "url", "/sandbox/facebook/media/" + name)));
            return Map.of("samples", samples);
        }
        if (resource.equals("pages") && path.size() == 3 && path.get(2).equals("customers")) {
            String pageId = path.get(1);
            if (method.equals("GET")) {
                return Map.of("customers", messenger.customers(pageId).stream().map(MessengerServlet::customer).toList());
            }
            if (method.equals("POST")) {
                Map<String, Object> body = jsonBody(request);
                return customer(messenger.createCustomer(pageId, Jsons.text(body, "first_name"),
                        Jsons.text(body, "last_name")));
            }
        }
        if (resource.equals("customers") && path.size() == 3) {
            String psid = path.get(1);
            switch (method + " " + path.get(2)) {
                case "GET thread" -> {
                    return thread(psid);
                }
                case "POST messages" -> {
                    Map<String, Object> body = jsonBody(request);
                    ThreadMessage sent = body.containsKey("sample")
                            ? messenger.sendImage(psid, Jsons.text(body, "sample"))
                            : messenger.write(psid, Jsons.text(body, "text"));
                    return message(sent);
                }
                case "POST get-started" -> {
                    jsonBody(request);
                    return message(messenger.getStarted(psid));
                }
                case "POST read" -> {
                    messenger.read(psid, Jsons.number(jsonBody(request), "watermark", 0));
                    return Map.of("read", true);
                }
                default -> {
                    // Falls through to "not found".
                }
            }
        }
        throw new CustomerPageProblem(404, "No such address in the sandbox's Messenger.");
    }

    private Map<String, Object> page(SandboxPage page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", page.id());
        json.put("name", page.name());
        json.put("category", page.category());
        json.put("subscribed_fields", messenger.subscribedFields(page.id()));
        return json;
    }

    private static Map<String, Object> customer(SandboxCustomer customer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("psid", customer.psid());
        json.put("page_id", customer.pageId());
        json.put("name", customer.name());
        json.put("initials", ProfilePictureServlet.initials(customer));
        json.put("profile_pic", "/sandbox/facebook/platform/profilepic/?psid=" + customer.psid());
        return json;
    }

    private Map<String, Object> thread(String psid) {
        SandboxCustomer customer = messenger.customer(psid);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customer", customer(customer));
        json.put("messages", messenger.thread(psid).stream().map(MessengerServlet::message).toList());
        json.put("read_watermark", messenger.readWatermark(psid));
        json.put("reply_window_open", messenger.replyWindowOpen(psid));
        json.put("subscribed_fields", messenger.subscribedFields(customer.pageId()));
        json.put("deliveries", messenger.deliveries().of(customer.pageId(), 8).stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("at", entry.at());
            item.put("what", entry.description());
            item.put("field", entry.field());
            item.put("outcome", entry.outcome().name());
            item.put("detail", entry.detail());
            return item;
        }).toList());
        return json;
    }

    private static Map<String, Object> message(ThreadMessage message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mid", message.mid());
        json.put("from", message.from() == ThreadMessage.Sender.CUSTOMER ? "customer" : "page");
        json.put("timestamp", message.timestamp());
        json.put("text", message.text());
        json.put("postback", message.isPostback());
        if (message.attachmentType() != null) {
            json.put("attachment", Map.of("type", message.attachmentType(), "url", message.attachmentUrl()));
        }
        return json;
    }

    private static Map<String, Object> jsonBody(HttpServletRequest request) throws IOException {
        String type = String.valueOf(request.getContentType()).toLowerCase();
        if (!type.startsWith("application/json")) {
            throw new CustomerPageProblem(415, "Send JSON (Content-Type: application/json).");
        }
        byte[] bytes = request.getInputStream().readNBytes(64 * 1024 + 1);
        if (bytes.length > 64 * 1024) {
            throw new CustomerPageProblem(413, "Too long.");
        }
        try {
            return bytes.length == 0 ? Map.of() : JsonReader.parseObject(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonReader.NotJson e) {
            throw new CustomerPageProblem(400, e.getMessage());
        }
    }

    private static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream().write(FacebookJson.graph(body).getBytes(StandardCharsets.UTF_8));
    }
}
