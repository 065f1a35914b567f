package io.livedesk.application.internal;

import io.livedesk.application.AutomaticAssignment;
import io.livedesk.application.policy.AssignmentOutcome;
import io.livedesk.application.policy.AssignmentPolicy;
import io.livedesk.application.policy.AssignmentRequest;
import io.livedesk.application.policy.CandidateAgent;
import io.livedesk.domain.assignment.AssignmentDecision;
import io.livedesk.domain.assignment.AssignmentTier;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.conversation.ConversationStatus;
import io.livedesk.domain.inbox.Inbox;
import io.livedesk.domain.label.Label;
import io.livedesk.infrastructure.persistence.AssignmentDecisionRepository;
import io.livedesk.infrastructure.persistence.AssignmentRepository;
import io.livedesk.infrastructure.persistence.LabelRepository;
import io.livedesk.infrastructure.persistence.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Assigns a conversation as the rules decide (routing rules, then an AI agent, then a human by load or rotation)
 * and records why. One transaction holds the conversation's row lock and the candidates' row locks, so two servers
 * never assign the same conversation twice and never push the same agent over capacity.
 */
@ApplicationScoped
public class AutoAssignment implements AutomaticAssignment {

    private static final String DEFAULT_LABEL_COLOR = "#6b7280";

    @Inject
    AssignmentRepository assignments;

    @Inject
    AssignmentFacts facts;

    @Inject
    AssignmentPolicy policy;

    @Inject
    AssignmentDecisionRepository decisions;

    @Inject
    TeamRepository teams;

    @Inject
    LabelRepository labels;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean assign(long conversationId) {
        return assign(conversationId, null);
    }

    /**
     * Decides for the conversation if it still needs an assignee (open, unassigned, its inbox assigns
     * automatically). Returns false when nobody could take it and it waits in the queue.
     */
    @Transactional
    public boolean assign(long conversationId, String latestCustomerText) {
        if (!assignments.mayNeedAssignee(conversationId)) {
            return true;
        }
        Conversation conversation = assignments.lockConversation(conversationId).orElse(null);
        if (conversation == null || !needsAssignee(conversation)) {
            return true;
        }
        Inbox inbox = conversation.getInbox();
        // The candidates' loads are read under their locks, so a concurrent assignment's result is counted.
        assignments.lockAgents(assignments.candidateIds(inbox.getId()));
        List<CandidateAgent> candidates = facts.candidates(inbox);
        Instant now = clock.instant();
        String text = latestCustomerText != null ? latestCustomerText : assignments.latestCustomerText(conversationId);
        AssignmentOutcome outcome = policy.decide(new AssignmentRequest(facts.inbox(inbox),
                facts.conversation(conversation, text == null ? "" : text), candidates, now));
        apply(conversation, outcome, now);
        boolean stillWaiting = conversation.getQueuedSince() != null;
        // A conversation that keeps waiting is tried again and again: its history records the first wait only.
        if (!(stillWaiting && lastDecisionWasAWait(conversationId))) {
            decisions.add(AssignmentDecision.automatic(conversation, outcome.tier(), outcome.ruleId(),
                    outcome.ruleName(), outcome.explanation().describe(), now));
        }
        return !stillWaiting;
    }

    private boolean lastDecisionWasAWait(long conversationId) {
        return decisions.latestOf(conversationId, 1).stream().anyMatch(d -> d.getTier() != AssignmentTier.MANUAL
                && d.getAssignee() == null && d.getAiAssignee() == null);
    }

    private static boolean needsAssignee(Conversation conversation) {
        return conversation.getInbox().isAutoAssignment() && conversation.isUnassigned()
                && conversation.getStatus() != ConversationStatus.RESOLVED;
    }

    private void apply(Conversation conversation, AssignmentOutcome outcome, Instant now) {
        // A routing rule's team, priority and labels hold even when nobody can take the conversation yet.
        if (outcome.action() != null) {
            if (outcome.action().team() != null) {
                teams.findByName(outcome.action().team()).ifPresent(team -> conversation.assignTeam(team, now));
            }
            if (outcome.action().priority() != null) {
                conversation.prioritize(outcome.action().priority(), now);
            }
            for (String title : outcome.action().labels()) {
                conversation.addLabel(labels.findByTitle(title)
                        .orElseGet(() -> labels.add(new Label(title, "Added by the routing rules", DEFAULT_LABEL_COLOR))));
            }
        }
        if (outcome.aiAgent()) {
            facts.enabledAiAgent(conversation.getInbox()).ifPresentOrElse(
                    agent -> conversation.assignTo(agent, now), () -> conversation.waitForAnAgent(now));
        } else if (outcome.assignee() != null) {
            assignments.user(outcome.assignee()).ifPresent(agent -> {
                conversation.assignTo(agent, now);
                assignments.rotate(conversation.getInbox().getId(), agent.getId());
            });
        } else {
            conversation.waitForAnAgent(now);
        }
    }
}
