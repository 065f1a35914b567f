package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder analysts edit ({@code livedesk.rules.dir}): every {@code .drl} file below it, with paths relative
 * to it. Writing a set replaces each file atomically (write aside, then move), so a reader never sees half a file.
 */
public final class RuleDirectory {

    private final Path root;

    public RuleDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public boolean hasRules() {
        return Files.isDirectory(root) && !paths().isEmpty();
    }

    public RuleSet read() {
        List<RuleFile> files = new ArrayList<>();
        for (Path path : paths()) {
            try {
                files.add(new RuleFile(root.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8)));
            } catch (java.nio.file.NoSuchFileException removedMeanwhile) {
                // An editor replacing the file as we read: the next poll sees the new one.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RuleSet.of(files, RuleSet.DIRECTORY);
    }

    /** Makes the folder hold exactly this set: writes its files and removes rule files it does not have. */
    public void write(RuleSet set) {
        try {
            Files.createDirectories(root);
            for (RuleFile file : set.files()) {
                Path target = root.resolve(file.path()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("A rule file must stay inside the rules folder: " + file.path());
                }
                Files.createDirectories(target.getParent());
                Path aside = target.resolveSibling("." + target.getFileName() + ".tmp");
                Files.writeString(aside, file.content(), StandardCharsets.UTF_8);
                Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Set<String> kept = Set.copyOf(set.paths());
            for (Path path : paths()) {
                if (!kept.contains(RuleSet.normalise(root.relativize(path).toString()))) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> paths() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
