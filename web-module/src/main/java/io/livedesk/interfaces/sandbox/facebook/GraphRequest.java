package io.livedesk.interfaces.sandbox.facebook;

import java.util.List;
import java.util.Map;

/**
 * A call to the sandbox's Graph API, taken apart: the method, the version and the path after it, the query and
 * form parameters, the access token (from {@code Authorization: Bearer} or {@code access_token}, both of which
 * Facebook accepts) and a JSON body when one was sent.
 */
record GraphRequest(String method, String version, List<String> path, Map<String, String> parameters,
                    String accessToken, Map<String, Object> body) {

    String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String pathText() {
        return "/" + String.join("/", path);
    }
}
