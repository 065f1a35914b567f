package io.livedesk.infrastructure.security;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the database (Page tokens, AI keys) with AES-256-GCM under LIVEDESK_SECRET_KEY.
 * In embedded mode a key is generated once and kept in the data directory; with an external database the
 * key must be configured, because a key that lived only on one machine would lose every secret with it.
 */
@ApplicationScoped
public class SecretCipher {

    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
    private static final String FORMAT_PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String KEY_FILE = "secret.key";

    @Inject
    LiveDeskConfig config;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void loadKey() {
        String material = config.secretKey().orElseGet(this::embeddedKeyMaterial);
        key = new SecretKeySpec(sha256(material), "AES");
    }

    private String embeddedKeyMaterial() {
        if (config.usesExternalDatabase()) {
            throw new IllegalStateException("LIVEDESK_SECRET_KEY is required with an external database "
                    + "(LIVEDESK_DB_URL): it encrypts Page tokens and AI keys. Set it to a long random value, "
                    + "for example the output of 'openssl rand -base64 32', and keep it safe.");
        }
        Path file = config.dataDirectory().resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String generated = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.fine("File system without POSIX permissions; " + file + " keeps its default permissions");
            }
            LOG.info("Generated a secret key for embedded mode in " + file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return FORMAT_PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Fails if the value was encrypted under another key or was altered: GCM authenticates it. */
    public String decrypt(String encrypted) {
        if (encrypted == null) {
            return null;
        }
        if (!encrypted.startsWith(FORMAT_PREFIX)) {
            throw new IllegalArgumentException("Not a LiveDesk encrypted value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(encrypted.substring(FORMAT_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted: was LIVEDESK_SECRET_KEY changed?", e);
        }
    }

    static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
