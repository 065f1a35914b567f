package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebhookBodiesTest {

    private static final String PAGE = "100000000000101";
    private static final String PSID = "7291846502736451";
    private static final String MID = "m_AAWF";

    @Test
    void aCustomersTextIsTheMessagesEventWithFacebooksEscaping() {
        ThreadMessage text = new ThreadMessage(MID, PSID, ThreadMessage.Sender.CUSTOMER, 1794480000000L,
                "Arrivée ? camille@example.fr 🙏", null, null, null, null);
        WebhookDelivery delivery = WebhookBodies.customerMessage(PAGE, text, 1794480000912L);
        assertEquals("messages", delivery.field());
        assertEquals("{\"object\":\"page\",\"entry\":[{\"time\":1794480000912,\"id\":\"100000000000101\","
                + "\"messaging\":[{\"sender\":{\"id\":\"7291846502736451\"},\"recipient\":{\"id\":\"100000000000101\"},"
                + "\"timestamp\":1794480000000,\"message\":{\"mid\":\"m_AAWF\",\"text\":\"Arriv\\u00e9e ? "
                + "camille\\u0040example.fr \\ud83d\\ude4f\"}}]}]}", delivery.body());
    }

    @Test
    void theEchoOfAReplyComesFromThePageWithTheSameMidANumericAppIdAndTheMetadata() {
        ThreadMessage reply = new ThreadMessage(MID, PSID, ThreadMessage.Sender.PAGE, 1794480095200L,
                "Bonjour", null, null, null, "livedesk:88213");
        WebhookDelivery echo = WebhookBodies.echo(PAGE, reply, 100000000000001L, 1794480095600L);
        assertEquals("message_echoes", echo.field());
        assertEquals("{\"object\":\"page\",\"entry\":[{\"time\":1794480095600,\"id\":\"100000000000101\","
                + "\"messaging\":[{\"sender\":{\"id\":\"100000000000101\"},\"recipient\":{\"id\":\"7291846502736451\"},"
                + "\"timestamp\":1794480095200,\"message\":{\"is_echo\":true,\"app_id\":100000000000001,"
                + "\"metadata\":\"livedesk:88213\",\"mid\":\"m_AAWF\",\"text\":\"Bonjour\"}}]}]}", echo.body());
    }

    @Test
    void theDeliveryNamesTheMidAndCarriesNoTimestamp() {
        ThreadMessage reply = new ThreadMessage(MID, PSID, ThreadMessage.Sender.PAGE, 1794480095200L,
                "Bonjour", null, null, null, null);
        assertEquals("{\"object\":\"page\",\"entry\":[{\"time\":1794480096400,\"id\":\"100000000000101\","
                + "\"messaging\":[{\"sender\":{\"id\":\"7291846502736451\"},\"recipient\":{\"id\":\"100000000000101\"},"
                + "\"delivery\":{\"mids\":[\"m_AAWF\"],\"watermark\":1794480095200}}]}]}",
                WebhookBodies.delivered(PAGE, reply, 1794480096400L).body());
    }

    @Test
    void getStartedIsAPostbackWithTheReferralOfTheLinkThatOpenedTheThread() {
        ThreadMessage tap = new ThreadMessage(MID, PSID, ThreadMessage.Sender.CUSTOMER, 1794485000400L,
                WebhookBodies.GET_STARTED_TITLE, null, null, WebhookBodies.GET_STARTED_PAYLOAD, null);
        WebhookDelivery postback = WebhookBodies.postback(PAGE, tap, 1794485000800L);
        assertEquals("messaging_postbacks", postback.field());
        assertEquals("{\"object\":\"page\",\"entry\":[{\"time\":1794485000800,\"id\":\"100000000000101\","
                + "\"messaging\":[{\"sender\":{\"id\":\"7291846502736451\"},\"recipient\":{\"id\":\"100000000000101\"},"
                + "\"timestamp\":1794485000400,\"postback\":{\"title\":\"Get Started\",\"payload\":\"GET_STARTED\","
                + "\"mid\":\"m_AAWF\",\"referral\":{\"ref\":\"livedesk-sandbox\",\"source\":\"SHORTLINK\","
                + "\"type\":\"OPEN_THREAD\"}}}]}]}", postback.body());
    }

    @Test
    void anImageIsAnAttachmentWithItsUrlEscaped() {
        ThreadMessage image = new ThreadMessage(MID, PSID, ThreadMessage.Sender.CUSTOMER, 1L, null, "image",
                "http://localhost:9080/sandbox/facebook/media/parcel.jpg", null, null);
        assertEquals("{\"object\":\"page\",\"entry\":[{\"time\":2,\"id\":\"100000000000101\",\"messaging\":[{"
                + "\"sender\":{\"id\":\"7291846502736451\"},\"recipient\":{\"id\":\"100000000000101\"},\"timestamp\":1,"
                + "\"message\":{\"mid\":\"m_AAWF\",\"attachments\":[{\"type\":\"image\",\"payload\":{\"url\":"
                + "\"http:\\/\\/localhost:9080\\/sandbox\\/facebook\\/media\\/parcel.jpg\"}}]}}]}]}",
                WebhookBodies.customerMessage(PAGE, image, 2L).body());
    }
}
