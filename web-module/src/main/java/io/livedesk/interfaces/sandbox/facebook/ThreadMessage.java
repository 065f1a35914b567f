package io.livedesk.interfaces.sandbox.facebook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item in a Messenger thread between a Page and a customer: a customer's message or postback, or a
 * message the Page sent through the Send API. The {@code mid} is the one Facebook reports in every webhook
 * about it (message, echo, delivery), so LiveDesk can recognise its own replies.
 *
 * @param attachmentType  {@code image}, {@code file}, ... or null for text
 * @param postbackPayload set only for a postback (a tapped button); {@code text} then holds the button's title
 * @param metadata        what the Page's app passed in {@code message.metadata}, echoed back to it
 */
record ThreadMessage(String mid, String psid, Sender from, long timestamp, String text, String attachmentType,
                     String attachmentUrl, String postbackPayload, String metadata) {

    enum Sender { CUSTOMER, PAGE }

    boolean isPostback() {
        return postbackPayload != null;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mid", mid);
        json.put("psid", psid);
        json.put("from", from.name());
        json.put("timestamp", timestamp);
        json.put("text", text);
        json.put("attachment_type", attachmentType);
        json.put("attachment_url", attachmentUrl);
        json.put("postback_payload", postbackPayload);
        json.put("metadata", metadata);
        return json;
    }

    static ThreadMessage fromJson(Map<String, Object> json) {
        return new ThreadMessage(Jsons.text(json, "mid"), Jsons.text(json, "psid"),
                Sender.valueOf(Jsons.text(json, "from")), Jsons.number(json, "timestamp", 0),
                Jsons.text(json, "text"), Jsons.text(json, "attachment_type"), Jsons.text(json, "attachment_url"),
                Jsons.text(json, "postback_payload"), Jsons.text(json, "metadata"));
    }
}
