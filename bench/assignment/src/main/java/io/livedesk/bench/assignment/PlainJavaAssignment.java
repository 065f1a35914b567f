package io.livedesk.bench.assignment;

import io.livedesk.application.policy.AssignmentExplanation;
import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.CandidateVerdict;
import io.livedesk.application.policy.Exclusion;
import io.livedesk.application.policy.RoutingAction;
import io.livedesk.domain.account.Availability;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.rules.facts.Conversation;
import io.livedesk.rules.policies.HumanPicker;
import io.livedesk.rules.policies.OpeningHoursClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The same decision as the rules make, hand-written: the ceiling a rule engine is measured against. It tests the
 * same generated conditions in the same order (first match wins), then the AI agent, then the same human-tier
 * exclusions, and picks with the same {@link HumanPicker}. It builds the same outcome record.
 */
final class PlainJavaAssignment {

    private final List<RoutingRuleSpec> specs;
    private final List<Predicate<Conversation>> predicates;
    private final Function<String, String> languageDetector;

    PlainJavaAssignment(List<RoutingRuleSpec> specs, Function<String, String> languageDetector) {
        this.specs = specs;
        this.predicates = specs.stream().map(RoutingRuleSpec::predicate).toList();
        this.languageDetector = languageDetector;
    }

    AssignmentOutcome decide(AssignmentRequest request) {
        OpeningHoursClock.Reading hours = OpeningHoursClock.at(request.inbox().openingHours(), request.now());
        Conversation conversation = new Conversation(request, hours.open(), hours.localTime(), languageDetector);
        RoutingRuleSpec matched = null;
        for (int i = 0; i < predicates.size(); i++) {
            if (predicates.get(i).test(conversation)) {
                matched = specs.get(i);
                break;
            }
        }
        if (matched == null && request.inbox().aiAgentEnabled()) {
            return new AssignmentOutcome(AssignmentTier.AI_AGENT, "AI-010", "AI-010", RoutingAction.NONE, null, true,
                    new AssignmentExplanation(List.of(), List.of(), null, null, null));
        }
        String team = matched == null ? null : matched.team();
        RoutingAction action = matched == null ? RoutingAction.NONE
                : new RoutingAction(team, null, false, null, Set.of("r" + matched.number()));
        String ruleId = matched == null ? "HUMAN-010" : matched.id();
        if (!hours.open() && !"On call".equals(team)) {
            return new AssignmentOutcome(AssignmentTier.QUEUED, ruleId, ruleId, action, null, false,
                    new AssignmentExplanation(List.of(), List.of(), null, "outside business hours", null));
        }
        List<CandidateVerdict> verdicts = new ArrayList<>();
        List<CandidateAgent> eligible = new ArrayList<>();
        for (CandidateAgent agent : request.candidates()) {
            List<Exclusion> exclusions = new ArrayList<>(2);
            if (team != null ? !agent.teams().contains(team) : !agent.inboxMember()) {
                exclusions.add(team != null ? Exclusion.NOT_IN_TEAM : Exclusion.NOT_A_MEMBER);
            }
            if (agent.availability() != Availability.ONLINE) {
                exclusions.add(Exclusion.UNAVAILABLE);
            }
            if (agent.openConversations() >= agent.capacity()) {
                exclusions.add(Exclusion.AT_CAPACITY);
            }
            verdicts.add(new CandidateVerdict(agent.userId(), agent.name(), exclusions, List.of()));
            if (exclusions.isEmpty()) {
                eligible.add(agent);
            }
        }
        Optional<HumanPicker.Pick> pick = HumanPicker.pick(request.inbox().assignmentMethod(), eligible);
        AssignmentTier tier = pick.isEmpty() ? AssignmentTier.QUEUED
                : matched == null ? AssignmentTier.HUMAN : AssignmentTier.ROUTING_RULE;
        return new AssignmentOutcome(tier, ruleId, ruleId, action, pick.map(p -> p.agent().userId()).orElse(null),
                false, new AssignmentExplanation(List.of(), verdicts, pick.map(HumanPicker.Pick::tieBreak).orElse(null),
                pick.isEmpty() ? "no agent can take it now" : null, null));
    }
}
