package it.livedesk.support.facebook;

import java.time.Instant;
import java.util.Map;

/**
 * One request that reached the fake (Graph API, login dialog or files), kept so tests can check what LiveDesk
 * called: {@code endpoint} is null for unknown paths, {@code parameters} merges query and body.
 */
public record GraphCall(Instant at, String method, String path, String version, GraphEndpoint endpoint,
        Map<String, String> parameters, int status) {

    public GraphCall {
        parameters = Map.copyOf(parameters);
    }
}
