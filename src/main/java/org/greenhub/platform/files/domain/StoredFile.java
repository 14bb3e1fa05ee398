package org.greenhub.platform.files.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/**
 * An uploaded file that passed inspection, kept in the database so every node serves it and backups include it.
 * Features link to it from their own records and decide who may read it; the file itself knows no owner.
 */
@Entity
@Table(name = "platform_stored_file")
public class StoredFile extends CreatedEntity {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected StoredFile() {}

    public StoredFile(InspectedFile inspected, byte[] content, String sha256, Long uploadedBy, Instant now) {
        this.fileName = inspected.fileName();
        this.kind = inspected.kind();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        setCreatedAt(now);
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public String getContentType() {
        return kind.contentType();
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }
}
