package io.livedesk.infrastructure.facebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches the files Facebook links to (attachments, profile pictures) so that LiveDesk keeps its own copy: only
 * from Facebook's hosts (a webhook body names the URL, and LiveDesk must not become a way to fetch anything
 * else), only up to a size limit, and only over HTTPS except from the configured Graph or sandbox hosts.
 */
@ApplicationScoped
public class MediaDownloads {

    /** A downloaded file. */
    public record Download(String contentType, byte[] bytes) {
    }

    /** Why a file was not copied, for agents to read beside the attachment. */
    public static class Refused extends Exception {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    @Inject
    @ConfigProperty(name = "livedesk.facebook.media.hosts",
            defaultValue = "fbcdn.net,fbsbx.com,facebook.com,fb.com,fbcdn.com,messenger.com")
    String mediaHosts;

    @Inject
    @ConfigProperty(name = "livedesk.attachments.max.bytes", defaultValue = "26214400")
    long maxBytes;

    @Inject
    FacebookSettings settings;

    @Inject
    GraphClient graph;

    public Download fetch(String url) throws Refused {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException malformed) {
            throw new Refused("The link is not a valid URL.");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean configuredHost = configuredHosts().contains(host);
        if (!configuredHost && !allowedHosts().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            throw new Refused("Not copied: " + host + " is not one of Facebook's file hosts.");
        }
        if (!"https".equals(uri.getScheme()) && !(configuredHost && "http".equals(uri.getScheme()))) {
            throw new Refused("Not copied: only HTTPS links are fetched.");
        }
        try {
            HttpResponse<InputStream> response = graph.download(uri);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Refused("Not copied: Facebook answered HTTP " + response.statusCode()
                            + " (the link may have expired).");
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new Refused(tooLarge());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Refused(tooLarge());
                }
                String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
                return new Download(type, bytes);
            }
        } catch (IOException e) {
            throw new Refused("Not copied: the file could not be fetched (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Not copied: interrupted.");
        }
    }

    private String tooLarge() {
        return "Not copied: larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB.";
    }

    private List<String> allowedHosts() {
        return Arrays.stream(mediaHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** The Graph and login hosts LiveDesk is configured with (the sandbox, a test fake) serve files too. */
    private List<String> configuredHosts() {
        return List.of(settings.graphUrl(), settings.loginUrl()).stream()
                .map(u -> Optional.ofNullable(URI.create(u).getHost()).orElse(""))
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }
}
