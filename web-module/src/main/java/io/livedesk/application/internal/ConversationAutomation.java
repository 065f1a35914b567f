package io.livedesk.application.internal;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
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

    void onCustomerSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerSeen seen) {
        executor.execute(() -> {
            surge.giveWay();
            try {
                automaticMessages.afterCustomerMessage(seen.conversationId(), seen.newConversation());
                autoAssignment.assign(seen.conversationId(), seen.text());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Automation after a message in conversation " + seen.conversationId()
                        + " failed; the message is kept", e);
            }
        });
    }
}
