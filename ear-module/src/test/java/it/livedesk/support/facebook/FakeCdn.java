package it.livedesk.support.facebook;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Facebook's CDN, as far as LiveDesk sees it: the files behind attachment URLs in webhook payloads, served with
 * their content types from the fake's own port. URLs look like signed fbcdn URLs (a path plus {@code oh}/{@code oe}
 * query parameters) but only the path matters. A test puts a file here and builds its webhook with the URL.
 */
public final class FakeCdn {

    /** One file on the CDN; {@code content} null means {@code size} bytes are generated while streaming. */
    private record HostedFile(String contentType, byte[] content, long size, int status) {
    }

    private final String baseUrl;
    private final Map<String, HostedFile> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

    FakeCdn(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A small JPEG photo, as customers send them ({@code image} attachments). */
    public String image() {
        return host("jpg", "image/jpeg", SampleMedia.jpeg(new Color(0xC0, 0x6A, 0x2B)), 200);
    }

    /** A small PNG (stickers arrive as PNG). */
    public String pngImage() {
        return host("png", "image/png", SampleMedia.png(new Color(0x2B, 0x6A, 0xC0)), 200);
    }

    /** A short MP4 video ({@code video} attachments). */
    public String video() {
        return host("mp4", "video/mp4", SampleMedia.mp4("mp42"), 200);
    }

    /** A voice clip: Messenger sends them as MP4 audio ({@code audio} attachments). */
    public String audio() {
        return host("mp4", "audio/mp4", SampleMedia.mp4("M4A "), 200);
    }

    /** A PDF named {@code fileName} ({@code file} attachments). */
    public String pdf(String fileName) {
        return hostNamed(fileName, "application/pdf", SampleMedia.pdf(fileName), 200);
    }

    /** Any bytes under a file name with a content type. */
    public String file(String fileName, String contentType, byte[] content) {
        return hostNamed(fileName, contentType, content.clone(), 200);
    }

    /**
     * A file of {@code size} bytes (for example 30 MB, over Messenger's 25 MB limit) that is generated while it is
     * streamed, so it costs no memory. The response carries its {@code Content-Length}.
     */
    public String oversized(String fileName, String contentType, long size) {
        String path = newPath(fileName);
        files.put(path, new HostedFile(contentType, null, size, 200));
        return url(path);
    }

    /** A URL whose signature has expired: the CDN answers 403, as fbcdn does after some days. */
    public String expired(String fileName) {
        return hostNamed(fileName, "text/plain", "URL signature expired".getBytes(), 403);
    }

    /** How many times the file behind this URL was downloaded. */
    public int downloads(String url) {
        AtomicInteger count = downloads.get(pathOf(url));
        return count == null ? 0 : count.get();
    }

    void clear() {
        files.clear();
        downloads.clear();
    }

    private String host(String extension, String contentType, byte[] content, int status) {
        return hostNamed(RandomIds.numeric("46", 18) + "_n." + extension, contentType, content, status);
    }

    private String hostNamed(String fileName, String contentType, byte[] content, int status) {
        String path = newPath(fileName);
        files.put(path, new HostedFile(contentType, content, content.length, status));
        return url(path);
    }

    private static String newPath(String fileName) {
        return "/cdn/v/t59.2708-21/" + RandomIds.numeric("4", 18) + "/" + fileName;
    }

    private String url(String path) {
        return baseUrl + path + "?_nc_cat=1" + RandomIds.numeric("0", 2) + "&ccb=1-7&_nc_sid=fc17b8&_nc_ohc="
                + RandomIds.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 23)
                + "&_nc_ht=cdn.fbsbx.com&oh=03_" + RandomIds.chars("ABCDEFabcdef0123456789", 40) + "&oe=6765F3A2";
    }

    private String pathOf(String url) {
        String path = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    boolean serves(String path) {
        return path.startsWith("/cdn/");
    }

    /** Writes the file at {@code path}, or a 404 like the CDN's; returns the status answered. */
    int serve(String path, String method, com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        HostedFile file = files.get(path);
        if (file == null) {
            byte[] missing = "Not Found".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(404, missing.length);
            exchange.getResponseBody().write(missing);
            return 404;
        }
        downloads.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "max-age=1209600, no-transform");
        if ("HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(file.size()));
            exchange.sendResponseHeaders(file.status(), -1);
            return file.status();
        }
        exchange.sendResponseHeaders(file.status(), file.size());
        OutputStream out = exchange.getResponseBody();
        if (file.content() != null) {
            out.write(file.content());
            return file.status();
        }
        byte[] chunk = new byte[64 * 1024];
        for (long left = file.size(); left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
        return file.status();
    }
}
