package io.livedesk.domain.assignment;

import io.livedesk.domain.account.User;
import io.livedesk.domain.ai.AiAgent;
import io.livedesk.domain.conversation.Conversation;
import io.livedesk.domain.team.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Why a conversation went to whom, kept for every assignment so an agent or analyst can read it later:
 * the tier, the rule id and name that decided, the resulting assignee and team, and a readable
 * explanation (candidates considered and why each was excluded, the tie-break).
 */
@Entity
@Table(name = "assignment_decision")
public class AssignmentDecision {

    @Id
    @SequenceGenerator(name = "assignment_decision_seq", sequenceName = "assignment_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_decision_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", nullable = false)
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentTier tier;

    @Column(name = "rule_id")
    private String ruleId;

    @Column(name = "rule_name")
    private String ruleName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_user_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_ai_agent_id")
    private AiAgent aiAssignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_user_id")
    private User decidedBy;

    private String explanation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected AssignmentDecision() {
    }

    /** A person assigned (or, with no assignee, unassigned) the conversation by hand. */
    public static AssignmentDecision manual(Conversation conversation, User decidedBy, String explanation, Instant at) {
        AssignmentDecision decision = new AssignmentDecision();
        decision.conversation = conversation;
        decision.tier = AssignmentTier.MANUAL;
        decision.assignee = conversation.getAssignee();
        decision.aiAssignee = conversation.getAiAssignee();
        decision.team = conversation.getTeam();
        decision.decidedBy = decidedBy;
        decision.explanation = explanation;
        decision.decidedAt = at;
        return decision;
    }

    /** The assignment policy decided. */
    public static AssignmentDecision automatic(Conversation conversation, AssignmentTier tier, String ruleId,
                                               String ruleName, String explanation, Instant at) {
        AssignmentDecision decision = new AssignmentDecision();
        decision.conversation = conversation;
        decision.tier = tier;
        decision.ruleId = ruleId;
        decision.ruleName = ruleName;
        decision.assignee = conversation.getAssignee();
        decision.aiAssignee = conversation.getAiAssignee();
        decision.team = conversation.getTeam();
        decision.explanation = explanation;
        decision.decidedAt = at;
        return decision;
    }

    public Long getId() { return id; }
    public Conversation getConversation() { return conversation; }
    public AssignmentTier getTier() { return tier; }
    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public User getAssignee() { return assignee; }
    public AiAgent getAiAssignee() { return aiAssignee; }
    public Team getTeam() { return team; }
    public User getDecidedBy() { return decidedBy; }
    public String getExplanation() { return explanation; }
    public Instant getDecidedAt() { return decidedAt; }
}
