package io.livedesk.bench.assignment;

import io.livedesk.application.policy.RuleFile;
import io.livedesk.bench.assignment.RoutingRuleSpec.Kind;
import io.livedesk.rules.engine.PackagedRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A hundred routing rules such as a helpdesk with twenty inboxes might grow: words and languages per inbox, ad
 * campaigns, labels, unhappy customers, a few regular expressions, night shifts. Deterministic, so every run
 * measures the same rules.
 */
final class GeneratedRules {

    static final int COUNT = 100;
    private static final String[] LANGUAGES = {"de", "es", "it", "pt", "nl", "fr"};
    private static final String[] WORDS = {"invoice, receipt", "password, login", "delivery, parcel, tracking",
            "cancel, cancellation", "discount, coupon", "warranty, repair", "subscription, renew", "size, fit"};

    /** Out of every 20 rules: 6 on words, 3 on language, 3 on ads, 3 on labels, 2 on unhappy customers, 1 regular
     *  expression, 2 night shifts. */
    private static final Kind[] MIX = {
        Kind.WORDS_IN_INBOX, Kind.LANGUAGE_IN_INBOX, Kind.AD, Kind.WORDS_IN_INBOX, Kind.LABEL,
        Kind.UNHAPPY_AND_WORDS, Kind.WORDS_IN_INBOX, Kind.RETURNING_AT_NIGHT, Kind.AD, Kind.LANGUAGE_IN_INBOX,
        Kind.WORDS_IN_INBOX, Kind.LABEL, Kind.PATTERN, Kind.WORDS_IN_INBOX, Kind.AD, Kind.LANGUAGE_IN_INBOX,
        Kind.UNHAPPY_AND_WORDS, Kind.WORDS_IN_INBOX, Kind.LABEL, Kind.RETURNING_AT_NIGHT};

    private GeneratedRules() {
    }

    static List<RoutingRuleSpec> specs() {
        List<RoutingRuleSpec> specs = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            int number = (i + 1) * 10;
            Kind kind = MIX[i % MIX.length];
            String inbox = "Inbox " + (i % 20);
            String team = "Team " + (i % 12);
            String value = switch (kind) {
                case WORDS_IN_INBOX, UNHAPPY_AND_WORDS -> WORDS[i % WORDS.length];
                case LANGUAGE_IN_INBOX -> LANGUAGES[i % LANGUAGES.length];
                case AD -> "ad-" + (1000 + i);
                case LABEL -> "label-" + i;
                case PATTERN -> "\\border[- ]?#?" + (100 + i) + "\\d{3}\\b";
                case RETURNING_AT_NIGHT -> "API";
            };
            specs.add(new RoutingRuleSpec(number, kind, value, inbox, team));
        }
        return specs;
    }

    /** The routing file: the same header as the packaged one, then the generated rules in order. */
    static String routingDrl(List<RoutingRuleSpec> specs) {
        StringBuilder drl = new StringBuilder("""
                package io.livedesk.rules.assignment;

                import io.livedesk.domain.conversation.Priority;
                import io.livedesk.domain.inbox.ChannelType;
                import io.livedesk.rules.facts.Conversation;

                global io.livedesk.rules.facts.AssignmentNotes assignment;

                """);
        specs.forEach(spec -> drl.append(spec.drl()).append('\n'));
        return drl.toString();
    }

    /** The packaged rule set with its routing file replaced by the generated one. */
    static List<RuleFile> ruleSet(List<RoutingRuleSpec> specs) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : PackagedRules.load(GeneratedRules.class.getClassLoader()).files()) {
            files.add(file.path().equals("assignment/10-routing.drl")
                    ? new RuleFile(file.path(), routingDrl(specs)) : file);
        }
        return files;
    }
}
