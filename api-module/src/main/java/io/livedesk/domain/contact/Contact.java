package io.livedesk.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer who writes to the business. A contact is created with the first message from an unknown
 * channel identity; its name and picture come from the channel's profile when it can be fetched, and stay
 * empty until then: LiveDesk never invents a name, the workspace shows a neutral label instead.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    private String name;

    @Column(name = "avatar_url")
    private String avatarUrl;

    private String email;

    private String phone;

    /** The customer's locale as the channel reports it (fr_FR), when known. */
    private String locale;

    @Column(name = "profile_fetched_at")
    private Instant profileFetchedAt;

    /** LiveDesk's copy of the profile picture (Facebook's picture links expire). */
    @Column(name = "avatar_file_id")
    private Long avatarFileId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The profile as the channel gave it; a missing value leaves what is known untouched. */
    public void updateProfile(String name, String avatarUrl, String locale, Instant now) {
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        if (avatarUrl != null) {
            this.avatarUrl = avatarUrl;
        }
        if (locale != null) {
            this.locale = locale;
        }
        this.profileFetchedAt = now;
        this.updatedAt = now;
    }

    /** What an agent edits by hand. */
    public void edit(String name, String email, String phone, Instant now) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.updatedAt = now;
    }

    public void avatarCopied(Long storedFileId, Instant now) {
        this.avatarFileId = storedFileId;
        this.updatedAt = now;
    }

    /** True when the channel's profile was never fetched or was fetched before {@code staleBefore}. */
    public boolean profileOlderThan(Instant staleBefore) {
        return profileFetchedAt == null || profileFetchedAt.isBefore(staleBefore);
    }

    public Long getAvatarFileId() { return avatarFileId; }
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAvatarUrl() { return avatarUrl; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getLocale() { return locale; }
    public Instant getProfileFetchedAt() { return profileFetchedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
