package io.livedesk.interfaces.sandbox.facebook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person who writes to one Page in Messenger. The page-scoped id (PSID) means something only to that Page,
 * so a customer belongs to exactly one Page here; the same person writing to two Pages is two customers.
 */
record SandboxCustomer(String psid, String pageId, String firstName, String lastName, String locale) {

    String name() {
        return lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("psid", psid);
        json.put("page_id", pageId);
        json.put("first_name", firstName);
        json.put("last_name", lastName);
        json.put("locale", locale);
        return json;
    }

    static SandboxCustomer fromJson(Map<String, Object> json) {
        return new SandboxCustomer(Jsons.text(json, "psid"), Jsons.text(json, "page_id"),
                Jsons.text(json, "first_name"), nonNull(Jsons.text(json, "last_name")),
                nonNull(Jsons.text(json, "locale")));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
