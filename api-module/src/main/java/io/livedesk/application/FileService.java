package io.livedesk.application;

/** Files agents upload to send with a reply; LiveDesk keeps them and serves them by an unguessable link. */
public interface FileService {

    /** {@code path} is where LiveDesk serves the file ({@code /files/<id>/<key>}); {@code url} the same, absolute. */
    record StoredFileView(long id, String path, String url, String contentType, long byteSize) {
    }

    StoredFileView upload(Actor actor, String contentType, byte[] content);
}
