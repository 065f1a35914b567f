package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /{page-id}/subscribed_apps}: subscribe the app to a Page's webhook fields, read and remove the subscription.
 * Only that Page's own token is accepted; a user token gets Graph's "(#210) A page access token is required"
 * (REFERENCE §4).
 */
final class PageSubscriptions {

    /** The Messenger fields a Page subscription may name (REFERENCE §4). */
    static final List<String> MESSENGER_FIELDS = List.of("messages", "message_echoes", "message_deliveries",
            "message_reads", "message_reactions", "message_edits", "messaging_postbacks", "messaging_referrals",
            "messaging_optins", "messaging_handovers", "standby", "messaging_policy_enforcement",
            "messaging_account_linking", "messaging_feedback", "messaging_game_plays", "response_feedback",
            "send_cart", "messenger_template_status_update", "feed");

    private final FakeFacebook fake;

    PageSubscriptions(FakeFacebook fake) {
        this.fake = fake;
    }

    GraphResponse handle(GraphRequest request, IssuedToken token, FakePage page) {
        FakePage subscribed = AccessTokens.requirePageToken(token, page);
        return switch (request.method()) {
            case "GET" -> read(subscribed);
            case "POST" -> subscribe(request, token, subscribed);
            case "DELETE" -> {
                fake.world().unsubscribe(subscribed);
                yield success();
            }
            default -> throw new GraphFailure(GraphError.of(100, null,
                    "Unsupported " + request.method().toLowerCase() + " request."));
        };
    }

    private GraphResponse read(FakePage page) {
        if (!fake.world().isSubscribed(page)) {
            return GraphResponse.json(Json.createObjectBuilder().add("data", Json.createArrayBuilder()).build());
        }
        return GraphResponse.json(Json.createObjectBuilder().add("data", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("category", "Business").add("link", "https://helpdesk.example.com/")
                        .add("name", fake.appName()).add("id", fake.appId())
                        .add("subscribed_fields", Json.createArrayBuilder(fake.world().subscribedFields(page)))))
                .build());
    }

    private GraphResponse subscribe(GraphRequest request, IssuedToken token, FakePage page) {
        if (!token.scopes().contains("pages_manage_metadata")) {
            throw new GraphFailure(GraphError.fixture("graph-error-200-permissions.json"));
        }
        List<String> fields = fields(request);
        for (int i = 0; i < fields.size(); i++) {
            if (!MESSENGER_FIELDS.contains(fields.get(i))) {
                throw new GraphFailure(GraphError.of(100, null, "(#100) Param subscribed_fields[" + i
                        + "] must be one of {" + String.join(", ", MESSENGER_FIELDS) + "} - got \"" + fields.get(i) + "\""));
            }
        }
        fake.world().subscribe(page, fields);
        return success();
    }

    /** {@code subscribed_fields} as a comma list (query or form), a JSON array, or a JSON array in a form value. */
    private static List<String> fields(GraphRequest request) {
        JsonValue value = request.jsonParameter("subscribed_fields");
        List<String> fields = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(item -> fields.add(item instanceof JsonString s ? s.getString() : item.toString()));
        } else if (value instanceof JsonString text) {
            Arrays.stream(text.getString().split(",")).map(String::trim).filter(f -> !f.isEmpty()).forEach(fields::add);
        }
        if (fields.isEmpty()) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) The parameter subscribed_fields is required"));
        }
        return fields;
    }

    private static GraphResponse success() {
        return GraphResponse.json(Json.createObjectBuilder().add("success", true).build());
    }
}
