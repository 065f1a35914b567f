package io.livedesk.domain.file;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file's bytes, kept in the database so that every server of a cluster serves the same copy without shared
 * disks. Immutable once stored; the bytes load only when asked for.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    /** How an attachment names its copy in {@code storage_key}. */
    public static final String STORAGE_KEY_PREFIX = "stored-file:";

    @Id
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    /** Random; the file's link carries it, so that knowing an id is not enough to read a file. */
    @Column(name = "access_key", nullable = false)
    private String accessKey;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String accessKey, String contentType, byte[] content, Instant now) {
        this.accessKey = accessKey;
        this.contentType = contentType;
        this.content = content;
        this.byteSize = content.length;
        this.createdAt = now;
    }

    public String storageKey() {
        return STORAGE_KEY_PREFIX + id + ":" + accessKey;
    }

    /** Where LiveDesk serves the file: {@code /files/<id>/<access key>}. */
    public String path() {
        return "/files/" + id + "/" + accessKey;
    }

    /** The path of the file a storage key names, or null when the key names something else. */
    public static String pathOf(String storageKey) {
        if (storageKey == null || !storageKey.startsWith(STORAGE_KEY_PREFIX)) {
            return null;
        }
        return "/files/" + storageKey.substring(STORAGE_KEY_PREFIX.length()).replace(':', '/');
    }

    public Long getId() { return id; }
    public String getAccessKey() { return accessKey; }
    public String getContentType() { return contentType; }
    public long getByteSize() { return byteSize; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
}
