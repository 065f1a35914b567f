package io.livedesk.application.internal;

import io.livedesk.application.internal.PageTokens.PageToken;
import io.livedesk.domain.file.StoredFile;
import io.livedesk.domain.inbox.FacebookPageChannel;
import io.livedesk.domain.message.Attachment;
import io.livedesk.infrastructure.facebook.GraphException;
import io.livedesk.infrastructure.facebook.MediaDownloads.Download;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import io.livedesk.infrastructure.persistence.StoredFileRepository;
import io.livedesk.infrastructure.security.BearerTokens;
import io.livedesk.infrastructure.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database steps of fetching a customer's profile and copying files, each a short transaction of its own, so
 * that no transaction stays open while Facebook is being called.
 */
@ApplicationScoped
@Transactional
public class CustomerDetailRecords {

    @Inject
    ContactRepository contacts;

    @Inject
    InboxRepository inboxes;

    @Inject
    MessageRepository messages;

    @Inject
    StoredFileRepository files;

    @Inject
    SecretCipher secrets;

    @Inject
    Clock clock;

    /**
     * The Page token of the inbox's channel, when it can be called (connected, not waiting for a new login). A token
     * that this server's key cannot decrypt marks the channel.
     */
    public Optional<PageToken> pageToken(long inboxId) {
        Optional<FacebookPageChannel> channel = inboxes.facebookChannelOf(inboxId)
                .filter(FacebookPageChannel::isConnected).filter(c -> !c.isReauthorizationRequired());
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        String encrypted = channel.get().getEncryptedPageToken();
        try {
            return Optional.of(new PageToken(encrypted, secrets.decrypt(encrypted)));
        } catch (RuntimeException undecryptable) {
            channel.get().requireReauthorization(null, null, "The stored Page token cannot be decrypted with this "
                    + "server's LIVEDESK_SECRET_KEY; log in with Facebook again.", clock.instant());
            return Optional.empty();
        }
    }

    /**
     * What the channel said, dated; with nothing said (no permission, a failed call), only the date of the attempt,
     * so that the next messages do not ask again before the profile is stale.
     */
    public void profileFetched(long contactId, String name, String locale, StoredFile picture, String pictureUrl) {
        contacts.find(contactId).ifPresent(contact -> {
            Instant now = clock.instant();
            contact.updateProfile(name, picture != null ? picture.path() : pictureUrl, locale, now);
            if (picture != null) {
                contact.avatarCopied(picture.getId(), now);
            }
        });
    }

    public StoredFile keep(Download download) {
        StoredFile file = files.add(new StoredFile(BearerTokens.newToken().substring(BearerTokens.PREFIX.length()),
                download.contentType(), download.bytes(), clock.instant()));
        files.flush();
        return file;
    }

    /**
     * The token stopped working: administrators see the channel needs them to log in with Facebook again. Only when
     * the refused token is still the channel's: a login may have replaced it since it was read.
     */
    public void tokenRefused(long inboxId, String encryptedToken, GraphException refused) {
        inboxes.facebookChannelOf(inboxId).filter(c -> !c.isReauthorizationRequired())
                .filter(c -> encryptedToken.equals(c.getEncryptedPageToken()))
                .ifPresent(channel -> channel.requireReauthorization(refused.code(), refused.subcode(),
                        refused.explanation(), clock.instant()));
    }

    /** The links of a message's attachments that have no copy yet, by attachment id. */
    public List<Attachment> attachmentsToCopy(long messageId) {
        return messages.find(messageId).map(m -> m.getAttachments().stream().filter(Attachment::needsCopy).toList())
                .orElse(List.of());
    }

    public void attachmentCopied(long messageId, long attachmentId, StoredFile file) {
        attachment(messageId, attachmentId).ifPresent(a -> a.stored(file.storageKey(), file.getContentType(),
                file.getByteSize()));
    }

    public void attachmentNotCopied(long messageId, long attachmentId, String why) {
        attachment(messageId, attachmentId).ifPresent(a -> a.copyFailed(why));
    }

    private Optional<Attachment> attachment(long messageId, long attachmentId) {
        return messages.find(messageId).flatMap(m -> m.getAttachments().stream()
                .filter(a -> a.getId() == attachmentId).findFirst());
    }
}
