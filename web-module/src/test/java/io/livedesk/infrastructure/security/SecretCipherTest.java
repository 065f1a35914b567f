package io.livedesk.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dataDir;

    private SecretCipher cipher(Optional<String> key, boolean externalDatabase) {
        SecretCipher cipher = new SecretCipher();
        cipher.config = new LiveDeskConfig() {
            @Override public Optional<String> secretKey() { return key; }
            @Override public boolean usesExternalDatabase() { return externalDatabase; }
            @Override public Path dataDirectory() { return dataDir; }
        };
        cipher.loadKey();
        return cipher;
    }

    @Test
    void aPageTokenIsStoredEncryptedAndReadsBack() {
        SecretCipher cipher = cipher(Optional.of("a-long-configured-secret-key"), true);
        String sealed = cipher.encrypt("EAAOqZBsm1x0IBP-page-token");
        assertFalse(sealed.contains("EAAOqZBsm1x0IBP"));
        assertNotEquals(sealed, cipher.encrypt("EAAOqZBsm1x0IBP-page-token"), "each encryption uses a fresh nonce");
        assertEquals("EAAOqZBsm1x0IBP-page-token", cipher.decrypt(sealed));
    }

    @Test
    void anotherKeyCannotReadTheSecretAndSaysWhy() {
        String sealed = cipher(Optional.of("first-key-first-key"), true).encrypt("secret");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> cipher(Optional.of("second-key-second-key"), true).decrypt(sealed));
        assertTrue(failure.getMessage().contains("LIVEDESK_SECRET_KEY"));
    }

    @Test
    void embeddedModeGeneratesAKeyOnceAndKeepsItInTheDataDirectory() throws Exception {
        String sealed = cipher(Optional.empty(), false).encrypt("secret");
        assertTrue(Files.exists(dataDir.resolve("secret.key")));
        assertEquals("secret", cipher(Optional.empty(), false).decrypt(sealed));
    }

    @Test
    void anExternalDatabaseWithoutAKeyIsRefusedAtStartWithAnExplanation() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> cipher(Optional.empty(), true));
        assertTrue(failure.getMessage().startsWith("LIVEDESK_SECRET_KEY is required"));
    }
}
