package io.livedesk.domain.ai;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An AI agent of an inbox: a GPT model with its instructions. When enabled, it takes the inbox's
 * conversations that no routing rule claimed, before any human. Its API key is encrypted at rest.
 */
@Entity
@Table(name = "ai_agent")
public class AiAgent {

    @Id
    @SequenceGenerator(name = "ai_agent_seq", sequenceName = "ai_agent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ai_agent_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inbox_id", nullable = false)
    private Inbox inbox;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String model;

    private String instructions;

    @Column(name = "encrypted_api_key")
    private String encryptedApiKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AiAgent() {
    }

    public AiAgent(Inbox inbox, String name, String model, String instructions, String encryptedApiKey, Instant now) {
        this.inbox = inbox;
        this.name = name;
        this.model = model;
        this.instructions = instructions;
        this.encryptedApiKey = encryptedApiKey;
        this.enabled = false;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, String model, String instructions, Instant now) {
        this.name = name;
        this.model = model;
        this.instructions = instructions;
        this.updatedAt = now;
    }

    public void replaceApiKey(String encryptedApiKey, Instant now) {
        this.encryptedApiKey = encryptedApiKey;
        this.updatedAt = now;
    }

    public void enable(Instant now) { this.enabled = true; this.updatedAt = now; }
    public void disable(Instant now) { this.enabled = false; this.updatedAt = now; }

    public Long getId() { return id; }
    public Inbox getInbox() { return inbox; }
    public String getName() { return name; }
    public String getModel() { return model; }
    public String getInstructions() { return instructions; }
    public String getEncryptedApiKey() { return encryptedApiKey; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
