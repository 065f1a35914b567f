package io.livedesk.bench.assignment;

import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.ConversationFacts;
import io.livedesk.application.policy.InboxFacts;
import io.livedesk.application.policy.OpeningHours;
import io.livedesk.application.policy.Referral;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.inbox.AssignmentMethod;
import io.livedesk.domain.inbox.ChannelType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Eight conversations, decided in turn: five that no routing rule matches (a human or the AI agent takes them),
 * three that rules deep in the list match (a language rule after the 35th, a words rule after the 60th, an ad
 * rule after the 85th). Six candidate agents each, one offline, one busy, one at capacity, one outside the inbox.
 */
final class BenchCases {

    /** A Wednesday, 11:00 in Paris: open. */
    private static final Instant NOW = Instant.parse("2025-06-11T09:00:00Z");

    private BenchCases() {
    }

    static AssignmentRequest[] mix(List<RoutingRuleSpec> specs) {
        RoutingRuleSpec language = first(specs, RoutingRuleSpec.Kind.LANGUAGE_IN_INBOX, 35);
        RoutingRuleSpec words = first(specs, RoutingRuleSpec.Kind.WORDS_IN_INBOX, 60);
        RoutingRuleSpec ad = first(specs, RoutingRuleSpec.Kind.AD, 85);
        String firstWord = words.value().split(",")[0].strip();
        return new AssignmentRequest[] {
            request("Support", false, AssignmentMethod.ROUND_ROBIN, "Hello, I have a question about my account",
                    "en_GB", 0, Set.of(), Referral.NONE),
            request("Support", true, AssignmentMethod.ROUND_ROBIN, "Hi there, can you help me?", "en_US", 0,
                    Set.of(), Referral.NONE),
            request(words.inboxName(), false, AssignmentMethod.LOAD_BASED, "Hello, a question about the "
                    + firstWord + " please", "en_GB", 0, Set.of(), Referral.NONE),
            request("Shop", false, AssignmentMethod.ROUND_ROBIN, "Is this still in stock?", "en_GB", 0, Set.of(),
                    new Referral("", "ADS", ad.value())),
            request(language.inboxName(), false, AssignmentMethod.ROUND_ROBIN, "Hola, tengo una pregunta",
                    language.value() + "_XX", 0, Set.of(), Referral.NONE),
            request("Inbox 5", true, AssignmentMethod.ROUND_ROBIN, "Any news on this?", "en_GB", 0, Set.of("vip"),
                    Referral.NONE),
            request("Support", false, AssignmentMethod.ROUND_ROBIN, "Still waiting for an answer, not happy",
                    "en_GB", 2, Set.of(), Referral.NONE),
            request("Support", false, AssignmentMethod.LOAD_BASED, "I would like to know more about your opening"
                    + " times during the holidays and whether the shop in the city centre stays open", "fr_FR", 4,
                    Set.of("prospect"), Referral.NONE),
        };
    }

    /** Conversations whose contact has no locale, in an inbox where a rule tests the language: detection runs. */
    static AssignmentRequest[] unknownLocales(List<RoutingRuleSpec> specs) {
        String inbox = first(specs, RoutingRuleSpec.Kind.LANGUAGE_IN_INBOX, 35).inboxName();
        return new AssignmentRequest[] {
            request(inbox, false, AssignmentMethod.ROUND_ROBIN, "Guten Tag, meine Bestellung ist noch nicht da",
                    null, 0, Set.of(), Referral.NONE),
            request(inbox, false, AssignmentMethod.ROUND_ROBIN, "Hello, my order has not arrived yet, why?",
                    null, 0, Set.of(), Referral.NONE),
        };
    }

    private static RoutingRuleSpec first(List<RoutingRuleSpec> specs, RoutingRuleSpec.Kind kind, int from) {
        return specs.stream().skip(from).filter(spec -> spec.kind() == kind).findFirst().orElseThrow();
    }

    private static AssignmentRequest request(String inbox, boolean aiAgent, AssignmentMethod method, String text,
                                             String locale, int rating, Set<String> labels, Referral referral) {
        return new AssignmentRequest(new InboxFacts(inbox.hashCode(), inbox, ChannelType.FACEBOOK_PAGE, method,
                aiAgent, officeHours()), new ConversationFacts(1, text, locale, rating > 0, rating, labels, referral),
                candidates(), NOW);
    }

    private static OpeningHours officeHours() {
        List<OpeningHours.Slot> slots = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            slots.add(new OpeningHours.Slot(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
            slots.add(new OpeningHours.Slot(day, LocalTime.of(13, 30), LocalTime.of(18, 0)));
        }
        return new OpeningHours(true, ZoneId.of("Europe/Paris"), slots, Set.of());
    }

    private static List<CandidateAgent> candidates() {
        return List.of(
                new CandidateAgent(1, "ana@example.com", "Ana", Availability.ONLINE, true, teams(0, 1, 2, 3), 3, 10, 40),
                new CandidateAgent(2, "ben@example.com", "Ben", Availability.ONLINE, true, teams(4, 5, 6, 7), 5, 10, 12),
                new CandidateAgent(3, "cleo@example.com", "Cleo", Availability.OFFLINE, true, teams(8, 9, 10, 11), 0, 10, 3),
                new CandidateAgent(4, "dev@example.com", "Dev", Availability.ONLINE, true, teams(0, 4, 8), 10, 10, 7),
                new CandidateAgent(5, "eli@example.com", "Eli", Availability.ONLINE, false, teams(1, 5, 9), 1, 8, 20),
                new CandidateAgent(6, "fay@example.com", "Fay", Availability.BUSY, true, teams(2, 6, 10), 2, 10, 9));
    }

    private static Set<String> teams(int... numbers) {
        Set<String> teams = new java.util.HashSet<>();
        for (int number : numbers) {
            teams.add("Team " + number);
        }
        return teams;
    }
}
