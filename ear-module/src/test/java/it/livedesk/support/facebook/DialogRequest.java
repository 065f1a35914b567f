package it.livedesk.support.facebook;

import java.util.Map;

/**
 * One visit to the login dialog, as the browser (or LiveDesk's redirect) made it, so tests can check what LiveDesk
 * asked for. {@code parameters} holds every query parameter, decoded.
 */
public record DialogRequest(String version, String clientId, String redirectUri, String state, String scope,
        String configId, String responseType, Map<String, String> parameters) {

    public DialogRequest {
        parameters = Map.copyOf(parameters);
    }
}
