package io.livedesk.interfaces.sandbox.facebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Facebook Page the sandbox person manages, with its Page access token. The token never changes, as a Page
 * token minted from a long-lived user token never expires: whatever LiveDesk stored keeps working.
 */
record SandboxPage(String id, String name, String category, String categoryId, String accessToken) {

    /** What the Page was granted to: every task, as for the Page's own admin. */
    static final List<String> TASKS =
            List.of("ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE");

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        json.put("category", category);
        json.put("category_id", categoryId);
        json.put("access_token", accessToken);
        return json;
    }

    static SandboxPage fromJson(Map<String, Object> json) {
        return new SandboxPage(Jsons.text(json, "id"), Jsons.text(json, "name"), Jsons.text(json, "category"),
                Jsons.text(json, "category_id"), Jsons.text(json, "access_token"));
    }
}
