package io.livedesk.domain.webhook;

import io.livedesk.domain.inbox.ChannelType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One webhook delivery, exactly as the channel sent it (the signed bytes), stored before the channel gets its
 * answer. Lifecycle: PENDING when stored; PROCESSED once applied; or, when it cannot be applied, attempted again
 * later and finally FAILED with the reason, which an administrator can read and replay.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    // Ids in blocks of a thousand (migration V8): at thousands of deliveries a second, fetching a block of fifty at a
    // time, under EclipseLink's lock for the sequence, took a tenth of the server's CPU.
    @SequenceGenerator(name = "webhook_event_seq", sequenceName = "webhook_event_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_type", nullable = false)
    private ChannelType channelType;

    @Column(nullable = false)
    private byte[] body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookEventStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected WebhookEvent() {
    }

    public WebhookEvent(ChannelType channelType, byte[] body, Instant receivedAt) {
        this.channelType = channelType;
        this.body = body.clone();
        this.status = WebhookEventStatus.PENDING;
        this.receivedAt = receivedAt;
        this.nextAttemptAt = receivedAt;
    }

    public void processed(Instant at) {
        this.status = WebhookEventStatus.PROCESSED;
        this.attempts++;
        this.processedAt = at;
        this.lastError = null;
    }

    public void failed(String reason, Instant at) {
        this.status = WebhookEventStatus.FAILED;
        this.attempts++;
        this.lastError = reason;
        this.processedAt = at;
    }

    /** Something passing went wrong (the database, say): try again at the given time. */
    public void retryLater(String reason, Instant next) {
        this.attempts++;
        this.lastError = reason;
        this.nextAttemptAt = next;
    }

    /** An administrator asks for another try, after fixing what made it fail. */
    public void replay(Instant at) {
        this.status = WebhookEventStatus.PENDING;
        this.nextAttemptAt = at;
    }

    public Long getId() { return id; }
    public ChannelType getChannelType() { return channelType; }
    public byte[] getBody() { return body.clone(); }
    public WebhookEventStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getProcessedAt() { return processedAt; }
}
