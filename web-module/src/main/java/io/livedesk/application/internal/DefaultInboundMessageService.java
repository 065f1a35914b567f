package io.livedesk.application.internal;

import io.livedesk.application.InboundMessage;
import io.livedesk.application.InboundMessageService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;

/**
 * Receives a customer's message exactly once, however many times and however concurrently it is delivered.
 * The first writer wins at the database's unique indexes; a writer that loses that race tries again, and
 * then finds the winner's contact or message and reports a duplicate instead of failing.
 */
@ApplicationScoped
public class DefaultInboundMessageService implements InboundMessageService {

    /** SQLSTATE of a unique-constraint violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    InboundMessageWriter writer;

    /** Enough for every racing writer to see the winner's committed rows. */
    private static final int ATTEMPTS = 3;

    @Inject
    Event<CustomerSeen> customerSeen;

    @Override
    public Receipt receive(InboundMessage message) {
        InboundMessageWriter.Written written = write(message);
        Receipt receipt = written.receipt();
        if (!receipt.duplicate() && message.author() == InboundMessage.Author.CUSTOMER) {
            customerSeen.fire(new CustomerSeen(message.inboxId(), receipt.contactId(), message.sourceId(),
                    written.contactProfileFetchedAt(), receipt.conversationId(), receipt.messageId(),
                    receipt.newConversation(), message.attachments() != null && !message.attachments().isEmpty(),
                    message.content()));
        }
        return receipt;
    }

    private InboundMessageWriter.Written write(InboundMessage message) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(message);
            } catch (PersistenceException | TransactionalException e) {
                if (!isLostRace(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A unique index refused a row another writer committed first, or another writer changed the row first. */
    static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
