package it.livedesk.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, with a fresh profile: the same start as {@link WorkspacePage}'s, for the page objects
 * of the other pages. The driver comes from webdriver.chrome.driver (the build sets it), the browser from
 * livedesk.test.chromium; both default to Debian's paths, because Selenium Manager would try to download a browser.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Selenium warns on every start when it has no DevTools bindings for Chromium's exact version; kept in a field. */
    private static final List<Logger> QUIETENED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETENED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final WebDriver browser;
    private final Path profileDirectory;

    private HeadlessChromium(WebDriver browser, Path profileDirectory) {
        this.browser = browser;
        this.profileDirectory = profileDirectory;
    }

    static HeadlessChromium start() {
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("livedesk.test.chromium", "/usr/bin/chromium");
        for (String program : List.of(driver, chromium)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver packages (apt-get install chromium chromium-driver).");
            }
        }
        System.setProperty("webdriver.chrome.driver", driver);
        try {
            Path profile = Files.createTempDirectory("livedesk-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1440,900", "--user-data-dir=" + profile);
            return new HeadlessChromium(new ChromeDriver(options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.quit();
        try (var files = Files.walk(profileDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile does not change any test result; the OS cleans /tmp.
        }
    }
}
