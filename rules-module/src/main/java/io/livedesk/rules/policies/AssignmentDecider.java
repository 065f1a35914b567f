package io.livedesk.rules.policies;

import io.livedesk.application.policy.AssignmentExplanation;
import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.application.policy.CandidateVerdict;
import io.livedesk.application.policy.RoutingAction;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.rules.engine.CompiledRuleSet;
import io.livedesk.rules.engine.RuleCatalog;
import io.livedesk.rules.facts.AssignmentNotes;
import io.livedesk.rules.facts.AssignmentNotes.Wish;
import io.livedesk.rules.facts.CandidateNotes;
import io.livedesk.rules.facts.Conversation;
import io.livedesk.rules.facts.HumanAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One assignment decision against a given rule set, in two runs of the rules.
 *
 * <ol>
 *   <li>Who decides: every rule of the assignment files sees the {@link Conversation}; the first in the written
 *       order that wrote a wish decides (a routing rule, else the AI agent tier, else the human tier).</li>
 *   <li>Only when a human is to take it: the human tier's rules see the {@link HumanAssignment} and the candidate
 *       agents, and exclude those who cannot take it, or queue the conversation; {@link HumanPicker} chooses
 *       among the rest.</li>
 * </ol>
 * No side effects: the same request against the same rules gives the same outcome, which is what lets the
 * simulator compare a draft with the active set.
 */
public final class AssignmentDecider {

    private static final String NO_RULE = "NONE No rule decided: a human agent of the inbox takes it";

    private final Function<String, String> languageDetector;

    public AssignmentDecider(Function<String, String> languageDetector) {
        this.languageDetector = languageDetector;
    }

    public AssignmentOutcome decide(CompiledRuleSet rules, AssignmentRequest request) {
        OpeningHoursClock.Reading hours = OpeningHoursClock.at(request.inbox().openingHours(), request.now());
        Conversation conversation = new Conversation(request, hours.open(), hours.localTime(), languageDetector);
        AssignmentNotes notes = new AssignmentNotes(rules.catalog());
        rules.run(List.of(conversation), "assignment", notes);

        Optional<Wish> first = notes.first();
        String ruleName = first.map(Wish::ruleName).orElse(NO_RULE);
        String ruleId = RuleCatalog.idOf(ruleName);
        List<String> alsoMatched = first.map(notes::matchedAfter).orElse(List.of());
        RoutingAction action = first.filter(Wish::routing)
                .map(wish -> new RoutingAction(wish.team(), wish.agent(), wish.aiAgent(), wish.priority(), wish.labels()))
                .orElse(RoutingAction.NONE);
        boolean routed = first.map(Wish::routing).orElse(false);
        boolean aiWanted = first.map(wish -> wish.aiAgentTier() || wish.aiAgent()).orElse(false);
        String language = conversation.languageNote();

        if (aiWanted && request.inbox().aiAgentEnabled()) {
            AssignmentTier tier = routed ? AssignmentTier.ROUTING_RULE : AssignmentTier.AI_AGENT;
            return new AssignmentOutcome(tier, ruleId, ruleName, action, null, true,
                    new AssignmentExplanation(alsoMatched, List.of(), null, null, language));
        }
        String noAiAgent = aiWanted ? "The rule asked for the AI agent, but the inbox has none switched on" : null;

        HumanAssignment human = new HumanAssignment(request.inbox().inboxId(), action.team(), action.agent(),
                hours.open());
        CandidateNotes screening = new CandidateNotes();
        List<Object> facts = new ArrayList<>(request.candidates().size() + 1);
        facts.add(human);
        facts.addAll(request.candidates());
        rules.run(facts, "screening", screening);

        List<CandidateVerdict> verdicts = new ArrayList<>();
        List<CandidateAgent> eligible = new ArrayList<>();
        for (CandidateAgent candidate : request.candidates()) {
            List<CandidateNotes.Reason> reasons = screening.reasons(candidate);
            verdicts.add(new CandidateVerdict(candidate.userId(), candidate.name(),
                    reasons.stream().map(CandidateNotes.Reason::exclusion).toList(),
                    reasons.stream().map(CandidateNotes.Reason::ruleId).toList()));
            if (reasons.isEmpty()) {
                eligible.add(candidate);
            }
        }
        String note = join(language, noAiAgent);
        if (screening.queueReason() != null) {
            return queued(ruleId, ruleName, action, alsoMatched, verdicts, screening.queueReason(), note);
        }
        Optional<HumanPicker.Pick> pick = HumanPicker.pick(request.inbox().assignmentMethod(), eligible);
        if (pick.isEmpty()) {
            return queued(ruleId, ruleName, action, alsoMatched, verdicts,
                    request.candidates().isEmpty() ? "no agent to consider" : "no agent can take it now", note);
        }
        AssignmentTier tier = routed ? AssignmentTier.ROUTING_RULE : AssignmentTier.HUMAN;
        return new AssignmentOutcome(tier, ruleId, ruleName, action, pick.get().agent().userId(), false,
                new AssignmentExplanation(alsoMatched, verdicts, pick.get().tieBreak(), null, note));
    }

    private static AssignmentOutcome queued(String ruleId, String ruleName, RoutingAction action,
                                            List<String> alsoMatched, List<CandidateVerdict> verdicts,
                                            String reason, String note) {
        return new AssignmentOutcome(AssignmentTier.QUEUED, ruleId, ruleName, action, null, false,
                new AssignmentExplanation(alsoMatched, verdicts, null, reason, note));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ". " + second;
    }
}
