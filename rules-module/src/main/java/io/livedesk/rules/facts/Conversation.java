package io.livedesk.rules.facts;

import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.ConversationFacts;
import io.livedesk.application.policy.InboxFacts;
import io.livedesk.domain.inbox.ChannelType;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The conversation as routing rules see it: the inbox and channel it arrived on, the customer's latest message,
 * who the customer is (language, returning, earlier rating, labels, the ad or link they came from), and when
 * (open or closed, local time).
 *
 * <p>The language is worked out only when a rule asks for it: from the contact's locale when the channel gave
 * one, otherwise detected from the message, which costs far more than every other test here together.
 */
public final class Conversation {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String[]> PHRASES = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final InboxFacts inbox;
    private final ConversationFacts facts;
    private final boolean businessHoursOpen;
    private final ZonedDateTime localTime;
    private final Function<String, String> languageDetector;
    private final java.util.List<io.livedesk.application.policy.CandidateAgent> candidates;

    private String language;
    private String languageNote;
    private String words;

    public Conversation(AssignmentRequest request, boolean businessHoursOpen, ZonedDateTime localTime,
                        Function<String, String> languageDetector) {
        this.inbox = request.inbox();
        this.facts = request.conversation();
        this.businessHoursOpen = businessHoursOpen;
        this.localTime = localTime;
        this.languageDetector = languageDetector;
        this.candidates = request.candidates();
    }

    /**
     * Whether the team exists with someone in it. Starter rules that send conversations to a team ask this first,
     * so that a fresh installation without that team does not leave those conversations waiting for nobody.
     */
    public boolean hasTeam(String name) {
        return candidates.stream().anyMatch(candidate -> candidate.teams().contains(name));
    }

    public long getConversationId() { return facts.conversationId(); }
    public long getInboxId() { return inbox.inboxId(); }
    public String getInboxName() { return inbox.name(); }
    public ChannelType getChannel() { return inbox.channel(); }
    public boolean isAiAgentEnabled() { return inbox.aiAgentEnabled(); }

    /** The customer's latest message as they wrote it; for {@code matches} with a regular expression. */
    public String getText() { return facts.messageText(); }

    public boolean isReturningCustomer() { return facts.returningCustomer(); }
    /** 1 to 5, or 0 when the customer never rated a conversation. */
    public int getLastCsatRating() { return facts.lastCsatRating(); }
    public Set<String> getLabels() { return facts.labels(); }
    public String getReferralRef() { return facts.referral().ref(); }
    public String getReferralSource() { return facts.referral().source(); }
    public String getReferralAdId() { return facts.referral().adId(); }

    public boolean isBusinessHoursOpen() { return businessHoursOpen; }
    public LocalTime getLocalTime() { return localTime.toLocalTime(); }
    public int getHour() { return localTime.getHour(); }
    public DayOfWeek getDayOfWeek() { return localTime.getDayOfWeek(); }

    /**
     * The customer's language as a two-letter code ({@code fr}), or an empty string when neither the contact's
     * locale nor the message tells.
     */
    public String getLanguage() {
        if (language == null) {
            String locale = facts.contactLocale();
            if (locale != null && !locale.isBlank()) {
                language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
                languageNote = "Language " + language + " from the contact's locale " + locale;
            } else {
                String detected = languageDetector.apply(facts.messageText());
                language = detected == null ? "" : detected;
                languageNote = language.isEmpty() ? "Language could not be told from the message"
                        : "Language " + language + " detected from the message";
            }
        }
        return language;
    }

    /**
     * True when the message contains one of the words or phrases, given comma-separated
     * ({@code "refund, money back"}): whole words, ignoring case and accents.
     */
    public boolean mentions(String wordsOrPhrases) {
        String text = words();
        for (String phrase : PHRASES.computeIfAbsent(wordsOrPhrases, Conversation::phrases)) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when part of the message matches the regular expression, ignoring case:
     * {@code containsPattern("order ?#?\\d{6}")}. Unlike {@code text matches "..."}, it needs no {@code .*} around
     * the expression, and it is faster.
     */
    public boolean containsPattern(String regularExpression) {
        return PATTERNS.computeIfAbsent(regularExpression,
                        expression -> Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .matcher(facts.messageText()).find();
    }

    /** Where the language came from, for the explanation; null when no rule asked for it. */
    public String languageNote() {
        return languageNote;
    }

    private String words() {
        if (words == null) {
            words = " " + simplify(facts.messageText()) + " ";
        }
        return words;
    }

    private static String[] phrases(String wordsOrPhrases) {
        return Arrays.stream(wordsOrPhrases.split(","))
                .map(Conversation::simplify)
                .filter(phrase -> !phrase.isEmpty())
                .map(phrase -> " " + phrase + " ")
                .toArray(String[]::new);
    }

    /** Lower case, no accents, words separated by single spaces: "Remboursé !" and "rembourse" compare equal. */
    private static String simplify(String text) {
        String noAccents = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_WORD.matcher(noAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
