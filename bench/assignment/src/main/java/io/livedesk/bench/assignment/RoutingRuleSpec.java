package io.livedesk.bench.assignment;

import io.livedesk.domain.inbox.ChannelType;
import io.livedesk.rules.facts.Conversation;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One generated routing rule, written twice from the same description: as DRL for the rules, and as a Java
 * predicate for the hand-written ceiling. Both test exactly the same things.
 */
record RoutingRuleSpec(int number, Kind kind, String value, String inboxName, String team) {

    enum Kind {
        /** Words in a given inbox. */
        WORDS_IN_INBOX,
        /** The customer's language in a given inbox. */
        LANGUAGE_IN_INBOX,
        /** The ad the customer came from. */
        AD,
        /** A label on the conversation. */
        LABEL,
        /** An unhappy earlier rating and words. */
        UNHAPPY_AND_WORDS,
        /** A regular expression on the message. */
        PATTERN,
        /** A returning customer at night on a channel. */
        RETURNING_AT_NIGHT
    }

    String id() {
        return String.format("ROUTE-%03d", number);
    }

    String drl() {
        String condition = switch (kind) {
            case WORDS_IN_INBOX -> "inboxName == \"" + inboxName + "\", mentions(\"" + value + "\")";
            case LANGUAGE_IN_INBOX -> "inboxName == \"" + inboxName + "\", language == \"" + value + "\"";
            case AD -> "referralAdId == \"" + value + "\"";
            case LABEL -> "labels contains \"" + value + "\"";
            case UNHAPPY_AND_WORDS -> "lastCsatRating > 0, lastCsatRating <= 2, mentions(\"" + value + "\")";
            case PATTERN -> "containsPattern(\"" + value.replace("\\", "\\\\") + "\")";
            case RETURNING_AT_NIGHT -> "returningCustomer, channel == ChannelType." + value + ", hour >= 22 || hour < 6";
        };
        return "rule \"" + id() + " Generated " + kind.name().toLowerCase() + " rule to " + team + "\"\n"
                + "when\n    Conversation( " + condition + " )\n"
                + "then\n    assignment.assignToTeam(\"" + team + "\");\n    assignment.addLabel(\"r" + number + "\");\nend\n";
    }

    Predicate<Conversation> predicate() {
        return switch (kind) {
            case WORDS_IN_INBOX -> c -> c.getInboxName().equals(inboxName) && c.mentions(value);
            case LANGUAGE_IN_INBOX -> c -> c.getInboxName().equals(inboxName) && c.getLanguage().equals(value);
            case AD -> c -> c.getReferralAdId().equals(value);
            case LABEL -> c -> c.getLabels().contains(value);
            case UNHAPPY_AND_WORDS -> c -> c.getLastCsatRating() > 0 && c.getLastCsatRating() <= 2 && c.mentions(value);
            case PATTERN -> {
                Pattern pattern = Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                yield c -> pattern.matcher(c.getText()).find();
            }
            case RETURNING_AT_NIGHT -> c -> c.isReturningCustomer() && c.getChannel() == ChannelType.valueOf(value)
                    && (c.getHour() >= 22 || c.getHour() < 6);
        };
    }
}
