package io.livedesk.domain.inbox;

import io.livedesk.domain.account.User;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The state of a connected Facebook Page, kept apart from its inbox: which Page, its access token
 * (encrypted at rest), whether the webhook subscription is in place, and whether the token needs an
 * administrator to log in again. Adding another channel kind adds another record like this one; the
 * conversation core does not change.
 */
@Entity
@Table(name = "facebook_page_channel")
public class FacebookPageChannel {

    @Id
    @SequenceGenerator(name = "facebook_page_channel_seq", sequenceName = "facebook_page_channel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facebook_page_channel_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Column(name = "page_id", nullable = false)
    private String pageId;

    @Column(name = "page_name", nullable = false)
    private String pageName;

    @Column(name = "encrypted_page_token")
    private String encryptedPageToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_state", nullable = false)
    private SubscriptionState subscriptionState;

    @Column(name = "subscribed_fields")
    private String subscribedFields;

    @Column(name = "reauthorization_required", nullable = false)
    private boolean reauthorizationRequired;

    @Column(name = "last_error_code")
    private Integer lastErrorCode;

    @Column(name = "last_error_subcode")
    private Integer lastErrorSubcode;

    @Column(name = "last_error_message")
    private String lastErrorMessage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connected_by_user_id")
    private User connectedBy;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FacebookPageChannel() {
    }

    public FacebookPageChannel(Inbox inbox, String pageId, String pageName, String encryptedPageToken,
                               User connectedBy, Instant now) {
        this.inbox = inbox;
        this.pageId = pageId;
        this.pageName = pageName;
        this.encryptedPageToken = encryptedPageToken;
        this.connectedBy = connectedBy;
        this.subscriptionState = SubscriptionState.PENDING;
        this.connectedAt = now;
        this.updatedAt = now;
    }

    public void subscribed(String fields, Instant now) {
        this.subscriptionState = SubscriptionState.SUBSCRIBED;
        this.subscribedFields = fields;
        this.updatedAt = now;
    }

    public void subscriptionFailed(Integer code, Integer subcode, String message, Instant now) {
        this.subscriptionState = SubscriptionState.FAILED;
        this.subscribedFields = null;
        recordError(code, subcode, message, now);
    }

    public void unsubscribed(Instant now) {
        this.subscriptionState = SubscriptionState.UNSUBSCRIBED;
        this.updatedAt = now;
    }

    /** Disconnected by an administrator: no subscription, and the token is forgotten. */
    public void disconnected(Instant now) {
        this.subscriptionState = SubscriptionState.UNSUBSCRIBED;
        this.subscribedFields = null;
        this.encryptedPageToken = null;
        this.updatedAt = now;
    }

    public boolean isConnected() {
        return encryptedPageToken != null;
    }

    /** The token stopped working (Graph error 190): an administrator must log in with Facebook again. */
    public void requireReauthorization(Integer code, Integer subcode, String message, Instant now) {
        this.reauthorizationRequired = true;
        recordError(code, subcode, message, now);
    }

    /** A new token from a fresh login replaces the old one and clears the reauthorization flag. */
    public void replaceToken(String encryptedPageToken, String pageName, User connectedBy, Instant now) {
        this.encryptedPageToken = encryptedPageToken;
        this.pageName = pageName;
        this.connectedBy = connectedBy;
        this.reauthorizationRequired = false;
        this.lastErrorCode = null;
        this.lastErrorSubcode = null;
        this.lastErrorMessage = null;
        this.updatedAt = now;
    }

    private void recordError(Integer code, Integer subcode, String message, Instant now) {
        this.lastErrorCode = code;
        this.lastErrorSubcode = subcode;
        this.lastErrorMessage = message;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Inbox getInbox() { return inbox; }
    public String getPageId() { return pageId; }
    public String getPageName() { return pageName; }
    public String getEncryptedPageToken() { return encryptedPageToken; }
    public SubscriptionState getSubscriptionState() { return subscriptionState; }
    public String getSubscribedFields() { return subscribedFields; }
    public boolean isReauthorizationRequired() { return reauthorizationRequired; }
    public Integer getLastErrorCode() { return lastErrorCode; }
    public Integer getLastErrorSubcode() { return lastErrorSubcode; }
    public String getLastErrorMessage() { return lastErrorMessage; }
    public User getConnectedBy() { return connectedBy; }
    public Instant getConnectedAt() { return connectedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
