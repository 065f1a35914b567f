package io.livedesk.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;

/** A message an agent writes: a reply, or with {@code "private": true} a note only agents see. */
public class MessageRequest {

    private String content;

    @JsonbProperty("private")
    private Boolean isPrivate;

    public String content() { return content; }
    public Boolean isPrivate() { return isPrivate; }

    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }

    @JsonbProperty("private")
    public Boolean getPrivate() { return isPrivate; }

    @JsonbProperty("private")
    public void setPrivate(Boolean isPrivate) { this.isPrivate = isPrivate; }
}
