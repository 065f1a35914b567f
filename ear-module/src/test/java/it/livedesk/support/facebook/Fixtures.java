package it.livedesk.support.facebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures directory ({@code shared/facebook/fixtures}), which the build passes to the tests as the
 * system property {@code livedesk.test.facebook.fixtures}.
 */
final class Fixtures {

    static final String DIRECTORY_PROPERTY = "livedesk.test.facebook.fixtures";

    private Fixtures() {
    }

    static Path directory() {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null) {
            throw new IllegalStateException("System property " + DIRECTORY_PROPERTY
                    + " must point at shared/facebook/fixtures (the ear-module pom sets it for failsafe)");
        }
        return Path.of(directory);
    }

    static byte[] bytes(String fileName) {
        Path file = directory().resolve(fileName);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Fixture " + file + " cannot be read", e);
        }
    }

    static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }
}
