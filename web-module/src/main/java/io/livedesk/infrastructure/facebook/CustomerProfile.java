package io.livedesk.infrastructure.facebook;

/** What the User Profile API tells about a customer; any part may be missing (Facebook returns {} without access). */
public record CustomerProfile(String firstName, String lastName, String name, String pictureUrl, String locale) {

    /** The name to show: Facebook's full name, else first and last joined; null when Facebook gave none. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
