package io.livedesk.interfaces.sandbox.facebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SendRequestTest {

    private static SendRequest read(String json) {
        return SendRequest.read(JsonReader.parseObject(json));
    }

    private static String text(String text) {
        return "{\"recipient\":{\"id\":\"42\"},\"messaging_type\":\"RESPONSE\",\"message\":{\"text\":\""
                + text + "\"}}";
    }

    @Test
    void aReplyOfTwoThousandCharactersIsAccepted() {
        assertEquals(2000, read(text("a".repeat(2000))).text().length());
    }

    @Test
    void aReplyOfTwoThousandAndOneCharactersIsAnInvalidParameter() {
        GraphError tooLong = assertThrows(GraphError.class, () -> read(text("a".repeat(2001))));
        assertEquals(100, tooLong.code());
        assertTrue(tooLong.getMessage().contains("2000"));
    }

    @Test
    void anEmojiCountsAsOneCharacterNotTwo() {
        assertEquals(2000, read(text("🙏".repeat(1000) + "a".repeat(1000))).text().codePointCount(0, 3000));
    }

    @Test
    void anImageReplyCarriesItsUrlAndTheMetadataToEchoBack() {
        SendRequest image = read("{\"recipient\":{\"id\":\"42\"},\"messaging_type\":\"MESSAGE_TAG\",\"tag\":"
                + "\"HUMAN_AGENT\",\"message\":{\"attachment\":{\"type\":\"image\",\"payload\":{\"url\":"
                + "\"https://example.com/a.jpg\"}},\"metadata\":\"livedesk:42\"}}");
        assertEquals("image", image.attachmentType());
        assertEquals("https://example.com/a.jpg", image.attachmentUrl());
        assertEquals("livedesk:42", image.metadata());
        assertEquals("HUMAN_AGENT", image.tag());
    }

    @Test
    void textAndAttachmentTogetherAreRefused() {
        assertThrows(GraphError.class, () -> read("{\"recipient\":{\"id\":\"42\"},\"message\":{\"text\":\"x\","
                + "\"attachment\":{\"type\":\"image\",\"payload\":{\"url\":\"https://e.com/a.jpg\"}}}}"));
    }

    @Test
    void aMissingRecipientIsReportedAsFacebookWordsIt() {
        GraphError missing = assertThrows(GraphError.class, () -> read("{\"message\":{\"text\":\"x\"}}"));
        assertEquals("(#100) The parameter recipient is required", missing.getMessage());
    }

    @Test
    void aMessageTagNeedsATagAndOnlyHumanAgentIsStillAccepted() {
        assertThrows(GraphError.class, () -> read("{\"recipient\":{\"id\":\"42\"},\"messaging_type\":"
                + "\"MESSAGE_TAG\",\"message\":{\"text\":\"x\"}}"));
        assertThrows(GraphError.class, () -> read("{\"recipient\":{\"id\":\"42\"},\"messaging_type\":"
                + "\"MESSAGE_TAG\",\"tag\":\"ACCOUNT_UPDATE\",\"message\":{\"text\":\"x\"}}"));
    }

    @Test
    void aSenderActionComesAlone() {
        assertTrue(read("{\"recipient\":{\"id\":\"42\"},\"sender_action\":\"typing_on\"}").isSenderAction());
        assertThrows(GraphError.class, () -> read("{\"recipient\":{\"id\":\"42\"},\"sender_action\":\"typing_on\","
                + "\"message\":{\"text\":\"x\"}}"));
    }
}
