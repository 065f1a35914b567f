package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxStateTest {

    private static SandboxState reloaded(SandboxState state) {
        return SandboxState.fromJson(JsonReader.parseObject(FacebookJson.graph(state.toJson())));
    }

    @Test
    void aRestartKeepsPageTokensUserTokensSubscriptionsAndThreads() {
        SandboxState state = SandboxState.seeded();
        SandboxPage page = state.pages().iterator().next();
        SandboxCustomer customer = state.customersOf(page.id()).get(0);
        UserToken token = new UserToken("EAABtoken", List.of(page.id()), List.of("pages_messaging"),
                Instant.ofEpochSecond(1794480000), Instant.ofEpochSecond(1799663944));
        state.addUserToken(token);
        state.subscribe(page.id(), List.of("messages", "message_echoes"));
        state.append(new ThreadMessage("m_1", customer.psid(), ThreadMessage.Sender.CUSTOMER, 1794480000000L,
                "Grüß Gott", null, null, null, null));
        state.read(customer.psid(), 1794480000000L);

        SandboxState after = reloaded(state);

        assertEquals(Optional.of(page), after.pageWithToken(page.accessToken()));
        assertEquals(Optional.of(token), after.userToken("EAABtoken"));
        assertEquals(List.of("messages", "message_echoes"), after.subscribedFields(page.id()));
        assertEquals(state.thread(customer.psid()), after.thread(customer.psid()));
        assertEquals(Optional.of(customer), after.customer(customer.psid()));
        assertEquals(1794480000000L, after.readWatermark(customer.psid()));
    }

    @Test
    void theLastCustomerActionIgnoresThePagesOwnReplies() {
        SandboxState state = SandboxState.seeded();
        String psid = state.customersOf("100000000000101").get(0).psid();
        state.append(new ThreadMessage("m_1", psid, ThreadMessage.Sender.CUSTOMER, 1000L, "hi", null, null, null, null));
        state.append(new ThreadMessage("m_2", psid, ThreadMessage.Sender.PAGE, 2000L, "hello", null, null, null, null));
        assertEquals(Optional.of(Instant.ofEpochMilli(1000L)), state.lastCustomerAction(psid));
    }

    @Test
    void aFileWithoutPagesIsNotTakenForASandbox() {
        assertThrows(JsonReader.NotJson.class, () -> SandboxState.fromJson(JsonReader.parseObject("{\"format\":1}")));
    }
}
