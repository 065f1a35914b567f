package it.livedesk.support.facebook;

/** The parts of Facebook a test can make fail or slow down (see {@link FakeFacebook#failNext}). */
public enum GraphEndpoint {
    /** {@code GET /{v}/dialog/oauth} (the browser's login dialog). */
    LOGIN_DIALOG,
    /** {@code /{v}/oauth/access_token}: the code exchange and the long-lived exchange. */
    ACCESS_TOKEN,
    /** {@code GET /{v}/debug_token}. */
    DEBUG_TOKEN,
    /** {@code GET /{v}/me} and {@code GET /{v}/{user-id}}. */
    ME,
    /** {@code GET /{v}/me/accounts} and {@code GET /{v}/{user-id}/accounts}. */
    ACCOUNTS,
    /** {@code GET /{v}/{page-id}} (for example {@code ?fields=access_token,name}). */
    PAGE,
    /** {@code /{v}/{page-id}/subscribed_apps}, any method. */
    SUBSCRIBED_APPS,
    /** {@code GET /{v}/{psid}}: the User Profile API. */
    PROFILE,
    /** {@code POST /{v}/{page-id}/messages} and {@code /me/messages}: the Send API. */
    SEND,
    /** {@code POST /{v}/{page-id}/message_attachments}. */
    ATTACHMENT_UPLOAD,
    /** Files on the fake's CDN ({@code /cdn/...}) and profile pictures. */
    FILES
}
