package io.livedesk.application.internal;

import io.livedesk.domain.conversation.ConversationStatus;
import io.livedesk.infrastructure.persistence.ConversationRepository;
import io.livedesk.infrastructure.persistence.ConversationRepository.FollowUpSwitches;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens after a customer writes, in the background: the automatic messages the rules call for, then the
 * assignment (when the conversation still needs someone). A failure here never loses the message, which is stored;
 * a conversation that could not be assigned is picked up by the queue.
 */
@ApplicationScoped
public class ConversationAutomation {

    private static final Logger LOG = Logger.getLogger(ConversationAutomation.class.getName());

    @Inject
    @AutomationExecutor
    ManagedExecutorService executor;

    @Inject
    DeliverySurge surge;

    @Inject
    AutomaticMessages automaticMessages;

    @Inject
    AutoAssignment autoAssignment;

    @Inject
    ConversationRepository conversations;

    void onCustomerSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerSeen seen) {
        executor.execute(() -> {
            surge.giveWay();
            try {
                followUp(seen);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Automation after a message in conversation " + seen.conversationId()
                        + " failed; the message is kept", e);
            }
        });
    }

    /**
     * One read, outside any transaction, says what may need doing: most messages (a conversation going on with its
     * agent, in an inbox without a greeting or business hours) need nothing more.
     */
    private void followUp(CustomerSeen seen) {
        Optional<FollowUpSwitches> switches = conversations.followUpSwitches(seen.conversationId());
        if (switches.isEmpty()) {
            return;
        }
        if (AutomaticMessages.mayWrite(switches.get(), seen.newConversation())) {
            automaticMessages.afterCustomerMessage(seen.conversationId(), seen.newConversation());
        }
        if (mayNeedAssignee(switches.get())) {
            autoAssignment.assign(seen.conversationId(), seen.text());
        }
    }

    /** Checked again under the conversation's lock by the assignment. */
    private static boolean mayNeedAssignee(FollowUpSwitches conversation) {
        return conversation.autoAssignment() && !conversation.assigned()
                && conversation.status() != ConversationStatus.RESOLVED;
    }
}
