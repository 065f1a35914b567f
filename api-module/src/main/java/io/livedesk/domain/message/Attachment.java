package io.livedesk.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file that came with a message. Channel links expire (Facebook's CDN links do), so LiveDesk keeps its
 * own copy under {@code storageKey} once fetched; {@code remoteUrl} is where it came from.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    private Message message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    @Column(name = "remote_url")
    private String remoteUrl;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "byte_size")
    private Long byteSize;

    @Column(name = "file_name")
    private String fileName;

    /** Why LiveDesk could not keep its own copy (host not allowed, too large, gone): agents see the reason. */
    @Column(name = "copy_problem")
    private String copyProblem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(Message message, AttachmentKind kind, String remoteUrl, String fileName, Instant now) {
        this.message = message;
        this.kind = kind;
        this.remoteUrl = remoteUrl;
        this.fileName = fileName;
        this.createdAt = now;
    }

    public void stored(String storageKey, String contentType, long byteSize) {
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.byteSize = byteSize;
    }

    public void copyFailed(String why) {
        this.copyProblem = why;
    }

    public boolean needsCopy() {
        return storageKey == null && copyProblem == null && remoteUrl != null;
    }

    public String getCopyProblem() { return copyProblem; }
    public Long getId() { return id; }
    public Message getMessage() { return message; }
    public AttachmentKind getKind() { return kind; }
    public String getRemoteUrl() { return remoteUrl; }
    public String getStorageKey() { return storageKey; }
    public String getContentType() { return contentType; }
    public Long getByteSize() { return byteSize; }
    public String getFileName() { return fileName; }
    public Instant getCreatedAt() { return createdAt; }
}
