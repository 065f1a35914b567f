package io.livedesk.infrastructure.facebook;

import java.util.List;

/** A Page the signed-in Facebook user manages, as {@code /me/accounts} lists it, with its Page access token. */
public record ManagedPage(String id, String name, String category, List<String> tasks, String accessToken) {

    /** Messenger replies need the MESSAGING task (older accounts call it MESSAGE) on the Page. */
    public boolean canMessage() {
        return tasks == null || tasks.isEmpty() || tasks.contains("MESSAGING") || tasks.contains("MANAGE");
    }
}
