package io.livedesk.interfaces.sandbox.facebook;

import java.util.Map;
import java.util.Set;

/**
 * A Send API call ({@code POST /{page-id}/messages}) read and checked the way Facebook checks it: a recipient,
 * a known {@code messaging_type}, a tag only Facebook still accepts, text <em>or</em> an attachment, text of at
 * most 2000 characters, metadata of at most 1000; or a {@code sender_action} alone. The reply window is checked
 * separately ({@link MessagingWindow}) because it depends on the thread, not on the request.
 */
record SendRequest(String recipientId, String messagingType, String tag, String text, String attachmentType,
                   String attachmentUrl, boolean reusable, String metadata, String senderAction) {

    static final int TEXT_LIMIT = 2000;
    static final int METADATA_LIMIT = 1000;
    private static final Set<String> MESSAGING_TYPES = Set.of("RESPONSE", "UPDATE", "MESSAGE_TAG");
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image", "audio", "video", "file", "template");
    private static final Set<String> SENDER_ACTIONS = Set.of("typing_on", "typing_off", "mark_seen");

    boolean isSenderAction() {
        return senderAction != null;
    }

    static SendRequest read(Map<String, Object> body) {
        String recipientId = Jsons.text(Jsons.object(body, "recipient"), "id");
        if (recipientId == null || recipientId.isBlank()) {
            throw GraphError.invalidParameter("The parameter recipient is required");
        }
        Map<String, Object> message = Jsons.object(body, "message");
        String senderAction = Jsons.text(body, "sender_action");
        if (senderAction != null) {
            if (message != null) {
                throw GraphError.invalidParameter("Only one of message or sender_action can be sent in a request");
            }
            if (!SENDER_ACTIONS.contains(senderAction)) {
                throw GraphError.invalidParameter("Param sender_action must be one of {TYPING_ON, TYPING_OFF, MARK_SEEN}");
            }
            return new SendRequest(recipientId, null, null, null, null, null, false, null, senderAction);
        }
        if (message == null) {
            throw GraphError.invalidParameter("The parameter message is required");
        }
        // Facebook wants messaging_type on every message; calls without it are still taken as responses.
        String messagingType = Jsons.text(body, "messaging_type");
        messagingType = messagingType == null ? "RESPONSE" : messagingType;
        if (!MESSAGING_TYPES.contains(messagingType)) {
            throw GraphError.invalidParameter("Param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}");
        }
        String tag = Jsons.text(body, "tag");
        if ("MESSAGE_TAG".equals(messagingType)) {
            if (tag == null) {
                throw GraphError.invalidParameter("Tag is required for MESSAGE_TAG messaging type");
            }
            if (!"HUMAN_AGENT".equals(tag)) {
                throw GraphError.invalidParameter("Param tag must be one of {HUMAN_AGENT}; " + tag
                        + " is no longer supported");
            }
        }
        String text = Jsons.text(message, "text");
        Map<String, Object> attachment = Jsons.object(message, "attachment");
        if (text != null && attachment != null) {
            throw GraphError.invalidParameter("Only one of text or attachment can be specified");
        }
        if (text == null && attachment == null) {
            throw GraphError.invalidParameter("Message cannot be empty, must provide valid attachment or text");
        }
        // Characters as a person counts them: an emoji is one, not two UTF-16 units.
        if (text != null && text.codePointCount(0, text.length()) > TEXT_LIMIT) {
            throw GraphError.invalidParameter("Length of param message[text] must be less than or equal to "
                    + TEXT_LIMIT);
        }
        String metadata = Jsons.text(message, "metadata");
        if (metadata != null && metadata.codePointCount(0, metadata.length()) > METADATA_LIMIT) {
            throw GraphError.invalidParameter("Length of param message[metadata] must be less than or equal to "
                    + METADATA_LIMIT);
        }
        String attachmentType = null;
        String attachmentUrl = null;
        boolean reusable = false;
        if (attachment != null) {
            attachmentType = Jsons.text(attachment, "type");
            if (attachmentType == null || !ATTACHMENT_TYPES.contains(attachmentType)) {
                throw GraphError.invalidParameter("Param message[attachment][type] must be one of"
                        + " {IMAGE, AUDIO, VIDEO, FILE, TEMPLATE}");
            }
            Map<String, Object> payload = Jsons.object(attachment, "payload");
            attachmentUrl = Jsons.text(payload, "url");
            if (attachmentUrl == null || !(attachmentUrl.startsWith("https://") || attachmentUrl.startsWith("http://"))) {
                throw GraphError.invalidParameter("Param message[attachment][payload][url] must be a valid URL");
            }
            reusable = Boolean.TRUE.equals(payload.get("is_reusable"));
        }
        return new SendRequest(recipientId, messagingType, tag, text, attachmentType, attachmentUrl, reusable,
                metadata, null);
    }
}
