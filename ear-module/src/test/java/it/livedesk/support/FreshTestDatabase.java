package it.livedesk.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates (before the tests' server starts) and drops (after the tests) the PostgreSQL database of one test
 * run, so every run starts from an empty schema that the application migrates itself. Run by the build:
 * {@code FreshTestDatabase create|drop <admin JDBC URL> <database name>}.
 */
public final class FreshTestDatabase {

    private static final Pattern SAFE_NAME = Pattern.compile("^livedesk_test_[a-z0-9_]+$");

    private FreshTestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !SAFE_NAME.matcher(args[2]).matches()) {
            throw new IllegalArgumentException("Usage: create|drop <admin JDBC URL> livedesk_test_<suffix>");
        }
        String action = args[0];
        String database = args[2];
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        // The driver directly, not DriverManager: the build runs this class in class loaders DriverManager
        // does not trust to have registered the driver.
        try (Connection connection = new org.postgresql.Driver().connect(args[1], credentials);
             Statement statement = connection.createStatement()) {
            if ("create".equals(action)) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
                System.out.println("[livedesk] created the test database " + database);
            } else if ("drop".equals(action)) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                System.out.println("[livedesk] dropped the test database " + database);
            } else {
                throw new IllegalArgumentException("Unknown action " + action);
            }
        }
    }
}
