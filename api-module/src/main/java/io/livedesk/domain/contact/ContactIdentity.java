package io.livedesk.domain.contact;

import io.livedesk.domain.inbox.Inbox;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * Who a contact is in one inbox's channel: for a Facebook Page, the page-scoped id (PSID) that Messenger
 * uses for this customer and this Page only. Unique per inbox.
 */
@Entity
@Table(name = "contact_identity")
public class ContactIdentity {

    @Id
    @SequenceGenerator(name = "contact_identity_seq", sequenceName = "contact_identity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_identity_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactIdentity() {
    }

    public ContactIdentity(Contact contact, Inbox inbox, String sourceId, Instant now) {
        this.contact = contact;
        this.inbox = inbox;
        this.sourceId = sourceId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Contact getContact() { return contact; }
    public Inbox getInbox() { return inbox; }
    public String getSourceId() { return sourceId; }
    public Instant getCreatedAt() { return createdAt; }
}
