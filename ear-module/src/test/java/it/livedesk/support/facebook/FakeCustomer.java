package it.livedesk.support.facebook;

/**
 * A person writing to one Page. {@code psid} is their page-scoped id: the same person has another id on another
 * Page, which is why a customer always belongs to exactly one {@link FakePage}.
 */
public record FakeCustomer(String psid, FakePage page, String firstName, String lastName, String locale,
        int timezone, String gender) {

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return name() + " (" + psid + " on " + page.name() + ")";
    }
}
