package io.livedesk.interfaces.rest;

import io.livedesk.application.ConversationService.OutgoingAttachment;
import java.util.List;
import jakarta.json.bind.annotation.JsonbProperty;

/** A message an agent writes: a reply, or with {@code "private": true} a note only agents see. */
public class MessageRequest {

    private String content;

    private List<OutgoingAttachment> attachments;

    @JsonbProperty("private")
    private Boolean isPrivate;

    public String content() { return content; }
    public List<OutgoingAttachment> attachments() { return attachments == null ? List.of() : attachments; }

    /** Files to send with a reply: {"kind": "IMAGE", "url": "https://... or /files/...", "fileName": ...}. */
    public List<OutgoingAttachment> getAttachments() { return attachments; }
    public void setAttachments(List<OutgoingAttachment> attachments) { this.attachments = attachments; }
    public Boolean isPrivate() { return isPrivate; }

    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }

    @JsonbProperty("private")
    public Boolean getPrivate() { return isPrivate; }

    @JsonbProperty("private")
    public void setPrivate(Boolean isPrivate) { this.isPrivate = isPrivate; }
}
