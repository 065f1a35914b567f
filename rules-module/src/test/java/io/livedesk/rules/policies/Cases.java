package io.livedesk.rules.policies;

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

/** Conversations to decide, written the way a test reads: what the customer wrote, who they are, when. */
final class Cases {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Wednesday, 12:00 in Paris: the Support inbox is open. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2025-06-11T10:00:00Z");
    /** The same Wednesday, 23:00 in Paris: closed. */
    static final Instant WEDNESDAY_NIGHT = Instant.parse("2025-06-11T21:00:00Z");

    /** Monday to Friday, 09:00 to 18:00 in Paris. */
    static OpeningHours officeHours() {
        List<OpeningHours.Slot> slots = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            slots.add(new OpeningHours.Slot(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return new OpeningHours(true, PARIS, slots, Set.of());
    }

    static CandidateAgent agent(long id, String name) {
        return new CandidateAgent(id, name.toLowerCase() + "@example.com", name, Availability.ONLINE, true, Set.of(),
                0, 10, 0);
    }

    static CandidateAgent agent(long id, String name, Availability availability, boolean member, Set<String> teams,
                                int open, int capacity) {
        return new CandidateAgent(id, name.toLowerCase() + "@example.com", name, availability, member, teams, open,
                capacity, 0);
    }

    static Case message(String text) {
        return new Case(text);
    }

    static final class Case {
        private final String text;
        private String inboxName = "Support";
        private ChannelType channel = ChannelType.FACEBOOK_PAGE;
        private AssignmentMethod method = AssignmentMethod.ROUND_ROBIN;
        private boolean aiAgent;
        private OpeningHours hours = officeHours();
        private String locale = "en_GB";
        private boolean returning;
        private int lastRating;
        private Set<String> labels = Set.of();
        private Referral referral = Referral.NONE;
        private List<CandidateAgent> candidates = List.of(agent(1, "Alice"), agent(2, "Bob"));
        private Instant at = WEDNESDAY_NOON;

        private Case(String text) {
            this.text = text;
        }

        Case withAnAiAgent() { aiAgent = true; return this; }
        Case inInbox(String name, ChannelType channel) { inboxName = name; this.channel = channel; return this; }
        Case assignedBy(AssignmentMethod method) { this.method = method; return this; }
        Case alwaysOpen() { hours = OpeningHours.ALWAYS_OPEN; return this; }
        Case fromLocale(String locale) { this.locale = locale; return this; }
        Case fromUnknownLocale() { this.locale = null; return this; }
        Case fromAReturningCustomer() { returning = true; return this; }
        Case whoLastRated(int rating) { lastRating = rating; return this; }
        Case labelled(String... labels) { this.labels = Set.of(labels); return this; }
        Case cameFrom(Referral referral) { this.referral = referral; return this; }
        Case candidates(CandidateAgent... agents) { candidates = List.of(agents); return this; }
        Case at(Instant instant) { at = instant; return this; }

        AssignmentRequest request() {
            return new AssignmentRequest(new InboxFacts(7, inboxName, channel, method, aiAgent, hours),
                    new ConversationFacts(42, text, locale, returning, lastRating, labels, referral), candidates, at);
        }
    }

    private Cases() {
    }
}
