package io.livedesk.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Webhook deliveries take their ids a thousand at a time ({@code WebhookEvent}'s allocation size): at thousands of
 * deliveries a second, fetching blocks of fifty kept the intake's writers waiting on each other for the sequence.
 *
 * <p>EclipseLink hands out the thousand ids up to each value the sequence returns, so the next value must be at least
 * a thousand above every id already given (including blocks a running server still holds, which only the sequence
 * knows). How to read a sequence's value differs between H2 and PostgreSQL, hence a Java migration.
 */
public class V8__WebhookEventIdsInBlocks extends BaseJavaMigration {

    static final int BLOCK = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long highest = Math.max(single(connection, "SELECT COALESCE(MAX(id), 0) FROM webhook_event"),
                single(connection, sequenceValueQuery(connection)));
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER SEQUENCE webhook_event_seq RESTART WITH " + (highest + BLOCK)
                    + " INCREMENT BY " + BLOCK);
        }
    }

    /** The highest value the sequence has given (PostgreSQL), or the next it will give (H2): either is safe. */
    private static String sequenceValueQuery(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                ? "SELECT last_value FROM webhook_event_seq"
                : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'WEBHOOK_EVENT_SEQ'";
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
