package io.livedesk.application.internal;

import io.livedesk.domain.file.StoredFile;
import io.livedesk.domain.message.Attachment;
import io.livedesk.infrastructure.facebook.GraphException;
import io.livedesk.infrastructure.facebook.MediaDownloads.Download;
import io.livedesk.infrastructure.persistence.ContactRepository;
import io.livedesk.infrastructure.persistence.ContactRepository.ProfileSource;
import io.livedesk.infrastructure.persistence.InboxRepository;
import io.livedesk.infrastructure.persistence.MessageRepository;
import io.livedesk.infrastructure.persistence.StoredFileRepository;
import io.livedesk.infrastructure.security.BearerTokens;
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
    Clock clock;

    /**
     * The Page token (encrypted) to fetch the contact's profile with, when the profile is unknown or older than
     * {@code staleBefore} and the channel can be asked. Only reads, outside a transaction: most messages come from
     * customers whose profile is fresh.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> tokenForStaleProfile(long inboxId, long contactId, Instant staleBefore) {
        return contacts.profileSource(inboxId, contactId)
                .filter(s -> s.profileFetchedAt() == null || s.profileFetchedAt().isBefore(staleBefore))
                .map(ProfileSource::encryptedPageToken);
    }

    /** Another secret key, or a damaged value: only a new login fixes it. Said once, on the channel. */
    public void pageTokenUndecryptable(long inboxId) {
        inboxes.facebookChannelOf(inboxId).filter(c -> !c.isReauthorizationRequired()).ifPresent(channel ->
                channel.requireReauthorization(null, null, "The stored Page token cannot be decrypted with this "
                        + "server's LIVEDESK_SECRET_KEY; log in with Facebook again.", clock.instant()));
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

    /** The token stopped working: administrators see the channel needs them to log in with Facebook again. */
    public void tokenRefused(long inboxId, GraphException refused) {
        inboxes.facebookChannelOf(inboxId).filter(c -> !c.isReauthorizationRequired()).ifPresent(channel ->
                channel.requireReauthorization(refused.code(), refused.subcode(), refused.explanation(),
                        clock.instant()));
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
