package it.livedesk.support.facebook;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The User Profile API ({@code GET /{psid}?fields=...}, REFERENCE §7) with its three behaviours ({@link ProfileMode}),
 * and the profile pictures its {@code profile_pic} URLs point at, served by the fake as JPEG.
 */
final class CustomerProfiles {

    static final String PICTURE_PATH = "/platform/profilepic/";

    private final FakeFacebook fake;
    private final Map<String, AtomicInteger> pictureDownloads = new ConcurrentHashMap<>();

    CustomerProfiles(FakeFacebook fake) {
        this.fake = fake;
    }

    GraphResponse profile(GraphRequest request, IssuedToken token, FakeCustomer customer) {
        FakePage page = AccessTokens.requirePageToken(token, null);
        if (!customer.page().id().equals(page.id())) {
            throw new GraphFailure(GraphError.unsupportedRequest(request.method(), customer.psid()));
        }
        switch (fake.world().profileMode(customer)) {
            case EMPTY -> {
                return GraphResponse.json(Json.createObjectBuilder().build());
            }
            case NO_PROFILE -> throw new GraphFailure(GraphError.fixture("graph-error-100-2018218-no-profile.json"));
            default -> {
                // the fields asked for, below
            }
        }
        List<String> fields = Fields.requested(request, "first_name,last_name,profile_pic");
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : fields) {
            switch (field) {
                case "first_name" -> body.add(field, customer.firstName());
                case "last_name" -> body.add(field, customer.lastName());
                case "name" -> body.add(field, customer.name());
                case "profile_pic" -> body.add(field, pictureUrl(customer));
                case "locale" -> body.add(field, customer.locale());
                case "timezone" -> body.add(field, customer.timezone());
                case "gender" -> {
                    if (customer.gender() != null) {
                        body.add(field, customer.gender());
                    }
                }
                case "id" -> body.add(field, customer.psid());
                default -> throw Fields.nonexisting(field, "User");
            }
        }
        if (!fields.contains("id")) {
            body.add("id", customer.psid());
        }
        return GraphResponse.json(body.build());
    }

    String pictureUrl(FakeCustomer customer) {
        return fake.baseUrl() + PICTURE_PATH + "?psid=" + customer.psid() + "&width=1024&ext=1797072000&hash="
                + RandomIds.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24);
    }

    int pictureDownloads(FakeCustomer customer) {
        AtomicInteger count = pictureDownloads.get(customer.psid());
        return count == null ? 0 : count.get();
    }

    void reset() {
        pictureDownloads.clear();
    }

    void servePicture(HttpExchange exchange, Map<String, String> query) throws IOException {
        FakeCustomer customer = fake.world().customer(String.valueOf(query.get("psid"))).orElse(null);
        if (customer == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        pictureDownloads.computeIfAbsent(customer.psid(), p -> new AtomicInteger()).incrementAndGet();
        // A colour of the customer's own, so two customers' pictures differ.
        byte[] picture = SampleMedia.jpeg(new Color(customer.psid().hashCode() & 0xFFFFFF));
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, picture.length);
        exchange.getResponseBody().write(picture);
    }
}
