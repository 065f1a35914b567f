package io.livedesk.domain.message;

/** What an attachment holds. */
public enum AttachmentKind {
    IMAGE, VIDEO, AUDIO, FILE, STICKER, LOCATION, FALLBACK
}
