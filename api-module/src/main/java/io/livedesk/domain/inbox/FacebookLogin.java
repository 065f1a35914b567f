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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One administrator's "Log in with Facebook", from the redirect to the dialog until a Page is connected.
 *
 * <p>Lifecycle: created with the hash of a random {@code state} and bound to the administrator who started it
 * (the state itself only ever travels to Facebook and back); Facebook sends the browser back once, which either
 * cancels it or stores the encrypted user token and the Pages to choose from; the administrator who started it
 * picks a Page, which uses it up. It expires after a few minutes whatever its state.
 */
@Entity
@Table(name = "facebook_login")
public class FacebookLogin {

    @Id
    @SequenceGenerator(name = "facebook_login_seq", sequenceName = "facebook_login_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facebook_login_seq")
    private Long id;

    @Column(name = "state_hash", nullable = false)
    private String stateHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "administrator_id", nullable = false)
    private User administrator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacebookLoginStatus status;

    @Column(name = "encrypted_user_token")
    private String encryptedUserToken;

    /** The Pages Facebook listed, as JSON (id, name, category; never their tokens). */
    @Column(name = "pages")
    private String pages;

    @Column(name = "problem")
    private String problem;

    @Column(name = "inbox_id")
    private Long inboxId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FacebookLogin() {
    }

    public FacebookLogin(String stateHash, User administrator, Instant now, Instant expiresAt) {
        this.stateHash = stateHash;
        this.administrator = administrator;
        this.status = FacebookLoginStatus.AWAITING_FACEBOOK;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.updatedAt = now;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isAwaitingFacebook() {
        return status == FacebookLoginStatus.AWAITING_FACEBOOK;
    }

    /** Facebook's answer arrived: from here on the state cannot be used again. */
    public void answerReceived(Instant now) {
        this.status = FacebookLoginStatus.EXCHANGING_CODE;
        this.updatedAt = now;
    }

    public void pagesListed(String encryptedUserToken, String pagesJson, Instant now) {
        this.encryptedUserToken = encryptedUserToken;
        this.pages = pagesJson;
        this.status = FacebookLoginStatus.CHOOSING_PAGE;
        this.updatedAt = now;
    }

    public void cancelled(String why, Instant now) {
        this.status = FacebookLoginStatus.CANCELLED;
        this.problem = why;
        this.updatedAt = now;
    }

    public void failed(String why, Instant now) {
        this.status = FacebookLoginStatus.FAILED;
        this.problem = why;
        this.encryptedUserToken = null;
        this.updatedAt = now;
    }

    /** The token is no longer needed once the Page's own token is stored. */
    public void connected(long inboxId, Instant now) {
        this.status = FacebookLoginStatus.CONNECTED;
        this.inboxId = inboxId;
        this.encryptedUserToken = null;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public User getAdministrator() { return administrator; }
    public FacebookLoginStatus getStatus() { return status; }
    public String getEncryptedUserToken() { return encryptedUserToken; }
    public String getPages() { return pages; }
    public String getProblem() { return problem; }
    public Long getInboxId() { return inboxId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
