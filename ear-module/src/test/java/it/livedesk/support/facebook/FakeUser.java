package it.livedesk.support.facebook;

/**
 * A Facebook user who can log in to the app: {@code id} is the app-scoped user id that {@code /me} answers.
 * Created with {@link FakeFacebook#user(String)}.
 */
public record FakeUser(String id, String name) {

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
