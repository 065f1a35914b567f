package io.livedesk.rules.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Detects the language of a message, as a two-letter code, among the configured languages only (fewer languages:
 * less memory, faster, and fewer confusions between close languages). The language profiles are loaded once, in
 * the background after start-up, or by the first message that needs them if it comes earlier. Short or ambiguous
 * messages give an empty string rather than a guess.
 *
 * <p>Configuration: {@code livedesk.language.candidates} (LIVEDESK_LANGUAGE_CANDIDATES), comma-separated codes,
 * default {@value #DEFAULT_LANGUAGES}.
 */
@ApplicationScoped
public class LanguageDetection implements Function<String, String> {

    public static final String CANDIDATES = "livedesk.language.candidates";
    public static final String DEFAULT_LANGUAGES = "en,fr,de,es,it,pt,nl";

    /** Below this probability the message is too short or too mixed to tell. */
    private static final double CONFIDENT = 0.80;
    private static final int MIN_LETTERS = 8;
    private static final Logger LOG = Logger.getLogger(LanguageDetection.class.getName());

    @Inject
    Config config;

    @Resource
    ManagedExecutorService executor;

    private volatile List<String> languages;
    private volatile LanguageDetector detector;

    /** For CDI: the languages come from configuration. */
    protected LanguageDetection() {
    }

    public LanguageDetection(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    void loadInTheBackground(@Observes Startup startup) {
        executor.submit(this::detector);
    }

    /** The language of the text ({@code fr}), or an empty string when it cannot be told. */
    public String detect(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return "";
        }
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();
        List<DetectedLanguage> candidates = detector().getProbabilities(texts.forText(text));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < CONFIDENT) {
            return "";
        }
        return candidates.get(0).getLocale().getLanguage();
    }

    @Override
    public String apply(String text) {
        return detect(text);
    }

    public List<String> languages() {
        if (languages == null) {
            languages = Arrays.stream(config.getOptionalValue(CANDIDATES, String.class).orElse(DEFAULT_LANGUAGES)
                    .split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        }
        return languages;
    }

    private LanguageDetector detector() {
        LanguageDetector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                if (detector == null) {
                    long start = System.nanoTime();
                    try {
                        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readBuiltIn(
                                        languages().stream().map(LdLocale::fromString).toList()))
                                .build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    LOG.info(() -> "Language profiles loaded for " + languages() + " in "
                            + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
                loaded = detector;
            }
        }
        return loaded;
    }
}
