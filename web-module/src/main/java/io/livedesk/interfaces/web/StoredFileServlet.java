package io.livedesk.interfaces.web;

import io.livedesk.domain.file.StoredFile;
import io.livedesk.infrastructure.persistence.StoredFileRepository;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * LiveDesk's copies of customers' files and pictures, at {@code /files/<id>/<access key>}: the random key is the
 * permission (an {@code <img>} cannot send a bearer token), as with Facebook's own CDN links. A customer chooses
 * what they send, so only pictures, sound and video are shown in the page; anything else is a download that the
 * browser will not run as part of LiveDesk. Parts are served ({@link ByteRange}): players ask for them to play and
 * seek sound and video.
 */
@WebServlet(urlPatterns = "/files/*")
public class StoredFileServlet extends HttpServlet {

    private static final Set<String> SHOWN_INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            // Pictures drawn as SVG may hold scripts: the sandbox policy below keeps them from running.
            "image/svg+xml");

    @Inject
    StoredFileRepository files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = find(request.getPathInfo());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = file.get().getContentType().split(";")[0].strip().toLowerCase();
        boolean inline = SHOWN_INLINE.contains(type) || type.startsWith("audio/") || type.startsWith("video/");
        response.setContentType(inline ? type : "application/octet-stream");
        response.setHeader("Content-Disposition", inline ? "inline" : "attachment");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        // The content behind a link never changes: the browser may keep it.
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("Accept-Ranges", "bytes");
        byte[] content = files.contentOf(file.get().getId());
        // If-Range names a version of the file; these files have one version, but no validator to compare with.
        String range = request.getHeader("If-Range") == null ? request.getHeader("Range") : null;
        ByteRange.Answer answer = ByteRange.of(range, content.length);
        if (answer instanceof ByteRange.Part part) {
            ByteRange bytes = part.range();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + content.length);
            response.setContentLengthLong(bytes.length());
            response.getOutputStream().write(content, (int) bytes.first(), (int) bytes.length());
        } else if (answer instanceof ByteRange.Unsatisfiable) {
            byte[] why = ("The file has " + content.length + " bytes.").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + content.length);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(why.length);
            response.getOutputStream().write(why);
        } else {
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        }
    }

    private Optional<StoredFile> find(String path) {
        String[] parts = path == null ? new String[0] : path.substring(1).split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(parts[0]);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        return files.find(id).filter(f -> MessageDigest.isEqual(f.getAccessKey().getBytes(StandardCharsets.UTF_8),
                parts[1].getBytes(StandardCharsets.UTF_8)));
    }
}
