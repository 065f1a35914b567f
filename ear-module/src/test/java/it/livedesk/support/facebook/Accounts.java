package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code /me}, the user node, the Page node and {@code /me/accounts} with Graph's cursor paging: {@code limit},
 * {@code after}/{@code before}, and absolute {@code next}/{@code previous} URLs that point back at the fake, use
 * the numeric user id and repeat the access token; the last page has no {@code next} (REFERENCE §3).
 */
final class Accounts {

    private static final String DEFAULT_PAGE_FIELDS = "access_token,category,category_list,name,id,tasks";

    private final FakeFacebook fake;

    Accounts(FakeFacebook fake) {
        this.fake = fake;
    }

    /** {@code /me}: the user behind a user token, or the Page behind a Page token. */
    GraphResponse me(GraphRequest request, IssuedToken token) {
        return switch (token.kind()) {
            case PAGE -> page(request, token, token.page());
            case APP -> throw new GraphFailure(GraphError.of(2500, null,
                    "An active access token must be used to query information about the current user."));
            default -> user(request, token.user());
        };
    }

    GraphResponse user(GraphRequest request, FakeUser user) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : Fields.requested(request, "id,name")) {
            switch (field) {
                case "id" -> body.add("id", user.id());
                case "name" -> body.add("name", user.name());
                default -> throw Fields.nonexisting(field, "User");
            }
        }
        return GraphResponse.json(body.build());
    }

    /** The Page node; {@code access_token} only for a user token that was granted the Page, or its own token. */
    GraphResponse page(GraphRequest request, IssuedToken token, FakePage page) {
        if (token.kind().isUser() && !(page.admin().id().equals(token.user().id()) && token.grants(page))) {
            throw new GraphFailure(GraphError.fixture("graph-error-200-permissions.json"));
        }
        return GraphResponse.json(pageFields(page, token, Fields.requested(request, "name,id")).build());
    }

    GraphResponse accounts(GraphRequest request, IssuedToken token, FakeUser user) {
        AccessTokens.requireUserToken(token);
        if (!token.user().id().equals(user.id())) {
            throw new GraphFailure(GraphError.fixture("graph-error-200-permissions.json"));
        }
        List<FakePage> pages = fake.world().pagesOf(user).stream().filter(token::grants).toList();
        int limit = limit(request);
        int from = 0;
        if (request.parameter("after") != null) {
            from = indexOf(pages, request.parameter("after")) + 1;
        } else if (request.parameter("before") != null) {
            from = Math.max(0, indexOf(pages, request.parameter("before")) - limit);
        }
        int to = Math.min(pages.size(), from + limit);
        List<String> fields = Fields.requested(request, DEFAULT_PAGE_FIELDS);
        JsonArrayBuilder data = Json.createArrayBuilder();
        pages.subList(from, to).forEach(page -> data.add(pageFields(page, token, fields)));
        JsonObjectBuilder body = Json.createObjectBuilder().add("data", data);
        if (from < to) {
            String first = cursor(pages.get(from));
            String last = cursor(pages.get(to - 1));
            JsonObjectBuilder paging = Json.createObjectBuilder()
                    .add("cursors", Json.createObjectBuilder().add("before", first).add("after", last));
            if (from > 0) {
                paging.add("previous", link(request, token, user, String.join(",", fields), limit, "before", first));
            }
            if (to < pages.size()) {
                paging.add("next", link(request, token, user, String.join(",", fields), limit, "after", last));
            }
            body.add("paging", paging);
        }
        return GraphResponse.json(body.build());
    }

    private JsonObjectBuilder pageFields(FakePage page, IssuedToken token, List<String> fields) {
        JsonObjectBuilder item = Json.createObjectBuilder();
        for (String field : fields) {
            switch (field) {
                case "access_token" -> item.add("access_token", token.kind() == TokenKind.PAGE ? token.value()
                        : fake.world().pageTokenFor(page, token.scopes()));
                case "category" -> item.add("category", page.category());
                case "category_list" -> item.add("category_list", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("id", page.categoryId()).add("name", page.category())));
                case "name" -> item.add("name", page.name());
                case "id" -> item.add("id", page.id());
                case "tasks" -> item.add("tasks", Json.createArrayBuilder(page.tasks()));
                case "link" -> item.add("link", "https://www.facebook.com/" + page.id());
                default -> throw Fields.nonexisting(field, "Page");
            }
        }
        if (!fields.contains("id")) {
            item.add("id", page.id());
        }
        return item;
    }

    private static int limit(GraphRequest request) {
        try {
            String limit = request.parameter("limit");
            return limit == null ? 25 : Math.max(1, Math.min(100, Integer.parseInt(limit)));
        } catch (NumberFormatException e) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) The parameter limit must be an integer"));
        }
    }

    /** Cursors are opaque to clients; here they are the base64 of the Page id they point at. */
    private static String cursor(FakePage page) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(page.id().getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOf(List<FakePage> pages, String cursor) {
        String id;
        try {
            id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new GraphFailure(GraphError.of(100, null, "(#100) Invalid cursor"));
        }
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new GraphFailure(GraphError.of(100, null, "(#100) Invalid cursor"));
    }

    private String link(GraphRequest request, IssuedToken token, FakeUser user, String fields, int limit,
            String direction, String cursor) {
        String version = request.version() == null ? fake.apiVersion() : request.version();
        return fake.baseUrl() + "/" + version + "/" + user.id() + "/accounts?access_token="
                + URLEncoder.encode(token.value(), StandardCharsets.UTF_8) + "&pretty=0&fields="
                + URLEncoder.encode(fields, StandardCharsets.UTF_8) + "&limit=" + limit + "&" + direction + "=" + cursor;
    }
}
