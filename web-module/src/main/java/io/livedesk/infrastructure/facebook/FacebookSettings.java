package io.livedesk.infrastructure.facebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Facebook app LiveDesk connects through, and where Facebook is (configurable so tests and demos can point elsewhere). */
@ApplicationScoped
public class FacebookSettings {

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
    @ConfigProperty(name = "livedesk.facebook.graph.url", defaultValue = "https://graph.facebook.com")
    String graphUrl;

    @Inject
    @ConfigProperty(name = "livedesk.facebook.login.url", defaultValue = "https://www.facebook.com")
    String loginUrl;

    public Optional<String> appId() { return appId.filter(s -> !s.isBlank()); }

    /** Signs webhook deliveries; without it no delivery can be trusted, so none is accepted. */
    public Optional<String> appSecret() { return appSecret.filter(s -> !s.isBlank()); }

    public Optional<String> verifyToken() { return verifyToken.filter(s -> !s.isBlank()); }

    public String apiVersion() { return apiVersion; }

    public String graphUrl() { return graphUrl; }

    public String loginUrl() { return loginUrl; }
}
