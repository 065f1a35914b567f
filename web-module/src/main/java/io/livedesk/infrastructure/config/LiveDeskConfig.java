package io.livedesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configuration the application reads, in one place. */
@ApplicationScoped
public class LiveDeskConfig {

    @Inject
    @ConfigProperty(name = "livedesk.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "livedesk.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "livedesk.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "livedesk.admin.email", defaultValue = "admin@livedesk.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "livedesk.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "livedesk.secret.key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "livedesk.session.hours", defaultValue = "12")
    int sessionHours;

    /** Where embedded-mode data lives: the H2 database and the generated secret key. */
    public Path dataDirectory() {
        return Path.of(dataDir.filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.livedesk"));
    }

    /** True when LIVEDESK_DB_URL names an external database; false in the embedded (H2) mode. */
    public boolean usesExternalDatabase() {
        return databaseUrl.filter(url -> !url.isBlank() && !url.startsWith("jdbc:h2:")).isPresent();
    }

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String adminEmail() { return adminEmail; }

    public Optional<String> adminPassword() { return adminPassword.filter(s -> !s.isBlank()); }

    public Optional<String> secretKey() { return secretKey.filter(s -> !s.isBlank()); }

    public int sessionHours() { return sessionHours; }
}
