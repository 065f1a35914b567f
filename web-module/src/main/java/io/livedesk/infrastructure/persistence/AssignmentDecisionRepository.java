package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.assignment.AssignmentDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AssignmentDecisionRepository extends Repository<AssignmentDecision> {

    public AssignmentDecisionRepository() {
        super(AssignmentDecision.class);
    }

    /** The latest decisions first. */
    public List<AssignmentDecision> latestOf(long conversationId, int limit) {
        return em.createQuery("SELECT d FROM AssignmentDecision d LEFT JOIN FETCH d.assignee "
                        + "LEFT JOIN FETCH d.aiAssignee LEFT JOIN FETCH d.team LEFT JOIN FETCH d.decidedBy "
                        + "WHERE d.conversation.id = :conversation ORDER BY d.decidedAt DESC, d.id DESC",
                        AssignmentDecision.class)
                .setParameter("conversation", conversationId).setMaxResults(limit).getResultList();
    }
}
