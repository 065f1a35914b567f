package it.livedesk.support.facebook;

import java.util.List;

/**
 * A Facebook Page with the user who administers it. The Page access token is not part of the record: it changes
 * when a token is invalidated and the admin logs in again, so ask {@link FakeFacebook#pageToken(FakePage)}.
 */
public record FakePage(String id, String name, String category, String categoryId, FakeUser admin, List<String> tasks) {

    /** The tasks a full admin has on a Page, as {@code /me/accounts} lists them. */
    public static final List<String> ALL_TASKS = List.of("ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING",
            "MODERATE", "MANAGE");

    public FakePage {
        tasks = List.copyOf(tasks);
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
