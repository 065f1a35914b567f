package io.livedesk.infrastructure.config;

import io.livedesk.application.AccountService;
import io.livedesk.infrastructure.persistence.DatabaseMigration;
import io.livedesk.infrastructure.security.BearerTokens;
import io.livedesk.infrastructure.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens once, when the application starts, in this order: the secret key is loaded (or, in
 * embedded mode, generated), the schema is migrated, and the first administrator is created if nobody
 * exists yet. Until this has finished the readiness check is down.
 */
@ApplicationScoped
public class LiveDeskStartup {

    private static final Logger LOG = Logger.getLogger(LiveDeskStartup.class.getName());

    @Inject
    LiveDeskConfig config;

    @Inject
    SecretCipher secrets;

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountService accounts;

    private volatile boolean started;
    private volatile String failure;

    /**
     * A failure here (no secret key with PostgreSQL, an unreachable database, a migration that does not
     * validate) does not stop the application from deploying: it stays up, says what is wrong in the log,
     * in /health/ready and in every API answer (503), so the operator sees the reason where they look.
     */
    void onStart(@Observes Startup startup) {
        try {
            secrets.encrypt("start-up check");
            migration.migrate();
            createFirstAdministrator();
            started = true;
            LOG.info(() -> "LiveDesk is ready on " + config.publicUrl()
                    + (config.usesExternalDatabase() ? " (external database)" : " (embedded database in "
                    + config.dataDirectory() + ")"));
        } catch (RuntimeException e) {
            failure = rootMessage(e);
            LOG.log(Level.SEVERE, "LiveDesk could not start: " + failure, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /** Why start-up failed, or null. */
    public String failure() {
        return failure;
    }

    private void createFirstAdministrator() {
        String password = config.adminPassword().orElseGet(BearerTokens::newToken);
        boolean created = accounts.createFirstAdministrator(config.adminEmail(), "Administrator", password);
        if (created && config.adminPassword().isEmpty()) {
            // Printed once: the only way to learn a generated password.
            LOG.warning("Created the first administrator " + config.adminEmail() + " with the generated password "
                    + password + " . Sign in and change it; it will not be shown again.");
        } else if (created) {
            LOG.info("Created the first administrator " + config.adminEmail());
        }
    }

    public boolean isStarted() {
        return started;
    }
}
