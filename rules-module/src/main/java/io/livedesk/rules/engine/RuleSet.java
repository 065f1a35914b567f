package io.livedesk.rules.engine;

import io.livedesk.application.policy.RuleFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A rule set as text: its files sorted by path (the order that gives rules their priority), its version, and
 * where it came from. The version is a hash of paths and contents, so the same files always have the same
 * version, whether they came from the folder, the class path or an activation.
 */
public record RuleSet(List<RuleFile> files, String version, String origin) {

    public static final String PACKAGED = "packaged";
    public static final String DIRECTORY = "directory";
    public static final String ACTIVATION = "activation";
    public static final String DRAFT = "draft";

    public static RuleSet of(List<RuleFile> files, String origin) {
        List<RuleFile> sorted = files.stream()
                .map(file -> new RuleFile(normalise(file.path()), file.content()))
                .sorted(Comparator.comparing(RuleFile::path))
                .toList();
        return new RuleSet(sorted, versionOf(sorted), origin);
    }

    public List<String> paths() {
        return files.stream().map(RuleFile::path).toList();
    }

    public Optional<RuleFile> file(String path) {
        String wanted = normalise(path);
        return files.stream().filter(file -> file.path().equals(wanted)).findFirst();
    }

    /** Paths use forward slashes and no leading slash, whatever the operating system or the caller wrote. */
    static String normalise(String path) {
        String slashes = path.replace('\\', '/');
        while (slashes.startsWith("/")) {
            slashes = slashes.substring(1);
        }
        return slashes;
    }

    private static String versionOf(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
