package io.livedesk.interfaces.sandbox.facebook;

import io.livedesk.infrastructure.config.LiveDeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the sandbox's state in {@code {data directory}/sandbox/facebook.json}, so the Page tokens LiveDesk stored
 * and the threads a person wrote survive a restart. Every change is written at once, whole, to a temporary file
 * that then replaces the old one, so a crash never leaves half a file. Access is serialised: the state is tiny
 * and the sandbox serves one person.
 *
 * <p>Loaded on first use, not at start, so a server with the sandbox off never creates the file.
 */
@ApplicationScoped
public class SandboxStore {

    private static final Logger LOG = Logger.getLogger(SandboxStore.class.getName());

    @Inject
    LiveDeskConfig config;

    private SandboxState state;

    synchronized <T> T read(Function<SandboxState, T> query) {
        return query.apply(loaded());
    }

    synchronized <T> T change(Function<SandboxState, T> change) {
        T result = change.apply(loaded());
        save();
        return result;
    }

    synchronized void update(Consumer<SandboxState> change) {
        change.accept(loaded());
        save();
    }

    private SandboxState loaded() {
        if (state == null) {
            state = load(file());
        }
        return state;
    }

    private Path file() {
        return config.dataDirectory().resolve("sandbox").resolve("facebook.json");
    }

    private SandboxState load(Path file) {
        if (Files.exists(file)) {
            try {
                SandboxState loaded = SandboxState.fromJson(JsonReader.parseObject(Files.readString(file)));
                loaded.forgetUserTokensExpiredBefore(Instant.now().minusSeconds(30L * 24 * 3600));
                return loaded;
            } catch (IOException | RuntimeException unreadable) {
                // Keep the unreadable file for whoever wants to look, and start a fresh sandbox.
                Path aside = file.resolveSibling("facebook.json.unreadable-" + System.currentTimeMillis());
                LOG.log(Level.WARNING, "The Facebook sandbox file " + file + " cannot be read; it is kept as "
                        + aside + " and a new sandbox starts", unreadable);
                try {
                    Files.move(file, aside);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not move the unreadable sandbox file aside", e);
                }
            }
        }
        state = SandboxState.seeded();
        save();
        return state;
    }

    private void save() {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "facebook", ".json.tmp");
            Files.writeString(temporary, FacebookJson.graph(state.toJson()), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The sandbox keeps working from memory; what is lost is only its memory of this change after a restart.
            LOG.log(Level.WARNING, "The Facebook sandbox could not save its state to " + file, e);
        }
    }
}
