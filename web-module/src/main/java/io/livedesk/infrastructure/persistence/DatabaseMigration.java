package io.livedesk.infrastructure.persistence;

import io.livedesk.infrastructure.persistence.migration.V8__WebhookEventIdsInBlocks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}, the same files for H2 and
 * PostgreSQL, and the few written in Java ({@code persistence.migration}). Runs once at start-up, before anything
 * else touches the database; a failed migration stops the application from becoming ready (the readiness check
 * reports it) rather than serving a wrong schema.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/livedesk")
    DataSource dataSource;

    private volatile String schemaVersion;
    private volatile String failure;

    public void migrate() {
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    // Liberty's class loader finds a resource folder only through a file inside it:
                    // flyway.location in db/migration and in db/callback (Flyway always looks there).
                    .locations("classpath:db/migration")
                    .javaMigrations(new V8__WebhookEventIdsInBlocks())
                    .failOnMissingLocations(true)
                    .load();
            MigrateResult result = flyway.migrate();
            // Each info() reads the schema history again: once is enough.
            MigrationInfo current = flyway.info().current();
            schemaVersion = current == null ? "none" : current.getVersion().getVersion();
            LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now, " + result.database + ")");
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        }
    }

    public String schemaVersion() { return schemaVersion; }

    public String failure() { return failure; }
}
