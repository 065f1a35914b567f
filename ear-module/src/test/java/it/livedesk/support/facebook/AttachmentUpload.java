package it.livedesk.support.facebook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * {@code POST /{page-id}/message_attachments} (REFERENCE §8.3): saves an asset, by URL or uploaded as
 * {@code filedata}, and answers with an {@code attachment_id} that later sends may use.
 */
final class AttachmentUpload {

    private static final Set<String> TYPES = Set.of("image", "audio", "video", "file");

    private final FakeFacebook fake;

    AttachmentUpload(FakeFacebook fake) {
        this.fake = fake;
    }

    GraphResponse upload(GraphRequest request, IssuedToken token, FakePage page) {
        AccessTokens.requirePageToken(token, page);
        JsonValue message = request.jsonParameter("message");
        JsonObject attachment = message instanceof JsonObject object ? object.getJsonObject("attachment") : null;
        if (attachment == null || !TYPES.contains(attachment.getString("type", ""))) {
            throw new GraphFailure(GraphError.of(100, null,
                    "(#100) Param message[attachment][type] must be one of {image, audio, video, file}"));
        }
        JsonObject payload = attachment.getJsonObject("payload");
        boolean byUrl = payload != null && payload.containsKey("url");
        if (!byUrl && request.uploadedFile() == null) {
            throw new GraphFailure(GraphError.of(100, null,
                    "(#100) Upload attachment failure: neither payload[url] nor filedata was given"));
        }
        return GraphResponse.json(Json.createObjectBuilder()
                .add("attachment_id", fake.world().addUploadedAttachment()).build());
    }
}
