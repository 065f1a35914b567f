package io.livedesk.domain.policy;

import io.livedesk.domain.account.User;
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
 * A rule set as it was published through the API: all its files (JSON, path to content), the version the rule
 * base gave it (a hash of the files), who published it and when. Never changed afterwards; a rollback publishes an
 * old one again as a new entry, so the history reads as what was live when.
 */
@Entity
@Table(name = "rule_set_version")
public class PublishedRuleSet {

    @Id
    @SequenceGenerator(name = "rule_set_version_seq", sequenceName = "rule_set_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_set_version_seq")
    private Long id;

    @Column(nullable = false)
    private String version;

    @Column(nullable = false)
    private String files;

    @Column(name = "rule_count", nullable = false)
    private int ruleCount;

    @Column
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by_id")
    private User publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedRuleSet() {
    }

    public PublishedRuleSet(String version, String filesJson, int ruleCount, String note, User publishedBy,
                            Instant publishedAt) {
        this.version = version;
        this.files = filesJson;
        this.ruleCount = ruleCount;
        this.note = note;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() { return id; }
    public String getVersion() { return version; }
    public String getFiles() { return files; }
    public int getRuleCount() { return ruleCount; }
    public String getNote() { return note; }
    public User getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
