package io.livedesk.interfaces.health;

import io.livedesk.infrastructure.config.LiveDeskStartup;
import io.livedesk.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has finished and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/livedesk")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Inject
    LiveDeskStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (migration.failure() != null) {
            return response.down().withData("migration", migration.failure()).build();
        }
        if (startup.failure() != null) {
            return response.down().withData("startup", startup.failure()).build();
        }
        if (!startup.isStarted()) {
            return response.down().withData("state", "starting").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(migration.schemaVersion()))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
