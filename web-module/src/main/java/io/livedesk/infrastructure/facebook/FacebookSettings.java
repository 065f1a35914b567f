package io.livedesk.infrastructure.facebook;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Facebook app LiveDesk connects through, and where Facebook is (configurable so tests and demos can point
 * elsewhere).
 *
 * <p>With the built-in sandbox on ({@code LIVEDESK_FACEBOOK_SANDBOX}; on by default in the embedded mode) and no
 * real app configured, LiveDesk talks to the sandbox under {@code /sandbox/facebook} as if it were Facebook: the
 * sandbox app's id is fixed and its secret is drawn at start, so webhooks the sandbox signs verify here.
 */
@ApplicationScoped
public class FacebookSettings {

    public static final String SANDBOX_APP_ID = "100000000000001";
    public static final String SANDBOX_PATH = "/sandbox/facebook";

    @Inject
    LiveDeskConfig config;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.app.id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.app.secret")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.verify.token")
    Optional<String> verifyToken;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.api.version", defaultValue = "v27.0")
    String apiVersion;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.graph.url")
    Optional<String> graphUrl;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.login.url")
    Optional<String> loginUrl;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.sandbox")
    Optional<Boolean> sandbox;

    private String sandboxSecret;

    @PostConstruct
    void drawSandboxSecret() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        sandboxSecret = HexFormat.of().formatHex(secret);
    }

    /** The built-in Facebook sandbox: on when asked for, and by default when LiveDesk runs on its embedded database. */
    public boolean sandboxEnabled() {
        return sandbox.orElse(!config.usesExternalDatabase());
    }

    /** True when LiveDesk talks to the sandbox instead of a real Facebook app. */
    public boolean usesSandboxApp() {
        return sandboxEnabled() && configured(appId).isEmpty();
    }

    public Optional<String> appId() {
        return usesSandboxApp() ? Optional.of(SANDBOX_APP_ID) : configured(appId);
    }

    /** Signs webhook deliveries; without it no delivery can be trusted, so none is accepted. */
    public Optional<String> appSecret() {
        return usesSandboxApp() ? Optional.of(sandboxSecret) : configured(appSecret);
    }

    public Optional<String> verifyToken() {
        return usesSandboxApp() ? Optional.of("livedesk-sandbox") : configured(verifyToken);
    }

    public String apiVersion() { return apiVersion; }

    /** Graph API base, without the version: https://graph.facebook.com, or the sandbox's. */
    public String graphUrl() {
        return trimmed(configured(graphUrl).orElse(usesSandboxApp()
                ? config.publicUrl() + SANDBOX_PATH + "/graph" : "https://graph.facebook.com"));
    }

    /** Login dialog base, without the version: https://www.facebook.com, or the sandbox's. */
    public String loginUrl() {
        return trimmed(configured(loginUrl).orElse(usesSandboxApp()
                ? config.publicUrl() + SANDBOX_PATH + "/www" : "https://www.facebook.com"));
    }

    /** Where Facebook sends the administrator back after the login dialog. */
    public String redirectUri() {
        return config.publicUrl() + "/connect/facebook/callback";
    }

    /** Where the sandbox delivers webhooks: LiveDesk's own endpoint. */
    public String webhookUrl() {
        return config.publicUrl() + "/webhooks/facebook";
    }

    private static Optional<String> configured(Optional<String> value) {
        return value.filter(s -> !s.isBlank());
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
