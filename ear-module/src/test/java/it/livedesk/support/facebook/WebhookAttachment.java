package it.livedesk.support.facebook;

/**
 * An attachment in a customer's message ({@code message.attachments[]}, REFERENCE §6.1). Point {@code url} at the
 * fake's CDN ({@link FakeFacebook#cdn()}) when LiveDesk is expected to download it.
 */
public record WebhookAttachment(String type, String url, String title, Long stickerId) {

    public static WebhookAttachment image(String url) {
        return new WebhookAttachment("image", url, null, null);
    }

    public static WebhookAttachment video(String url) {
        return new WebhookAttachment("video", url, null, null);
    }

    public static WebhookAttachment audio(String url) {
        return new WebhookAttachment("audio", url, null, null);
    }

    public static WebhookAttachment file(String url) {
        return new WebhookAttachment("file", url, null, null);
    }

    /** A sticker; 369239263222822 is the thumbs-up "Like" sticker. */
    public static WebhookAttachment sticker(String url, long stickerId) {
        return new WebhookAttachment("sticker", url, null, stickerId);
    }

    /** A shared link; Messenger also puts the URL in the message text. */
    public static WebhookAttachment fallback(String url, String title) {
        return new WebhookAttachment("fallback", url, title, null);
    }
}
