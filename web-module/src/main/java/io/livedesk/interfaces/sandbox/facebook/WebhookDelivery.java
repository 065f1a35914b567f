package io.livedesk.interfaces.sandbox.facebook;

/**
 * One webhook POST as Facebook would send it: the exact body (already escaped; it is signed as is), the Page it
 * concerns and the subscription field that must be on for Facebook to send it at all.
 *
 * @param description a few words for the person watching the customer page ("message", "echo", ...)
 */
record WebhookDelivery(String pageId, String field, String description, String body) {
}
