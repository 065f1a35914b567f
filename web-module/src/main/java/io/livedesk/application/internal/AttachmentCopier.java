package io.livedesk.application.internal;

import io.livedesk.domain.message.Attachment;
import io.livedesk.infrastructure.facebook.MediaDownloads;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies a customer's attachments into LiveDesk as soon as their message is stored, in the background, because
 * Facebook's links expire. A file that cannot be copied keeps its link, with the reason shown to agents.
 */
@ApplicationScoped
public class AttachmentCopier {

    private static final Logger LOG = Logger.getLogger(AttachmentCopier.class.getName());

    @Inject
    @DownloadsExecutor
    ManagedExecutorService executor;

    @Inject
    DeliverySurge surge;

    @Inject
    CustomerDetailRecords records;

    @Inject
    MediaDownloads downloads;

    void onCustomerSeen(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerSeen seen) {
        if (seen.hasAttachments()) {
            executor.execute(() -> {
                surge.giveWay();
                copyAttachmentsOf(seen.messageId());
            });
        }
    }

    void copyAttachmentsOf(long messageId) {
        try {
            for (Attachment attachment : records.attachmentsToCopy(messageId)) {
                try {
                    records.attachmentCopied(messageId, attachment.getId(),
                            records.keep(downloads.fetch(attachment.getRemoteUrl())));
                } catch (MediaDownloads.Refused notCopied) {
                    records.attachmentNotCopied(messageId, attachment.getId(), notCopied.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The attachments of message " + messageId + " could not be copied now", e);
        }
    }
}
