package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.BaseEntity;

/** Links an inspected stored file to an entry, with what kind of document it is. */
@Entity
@Table(name = "competition_entry_attachment")
public class EntryAttachment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "subject_document_id")
    private Long subjectDocumentId;

    protected EntryAttachment() {}

    public EntryAttachment(Entry entry, long storedFileId, AttachmentKind kind, Long uploadedBy, Instant now) {
        this.entry = entry;
        this.storedFileId = storedFileId;
        this.kind = kind == null ? AttachmentKind.OTHER : kind;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void registeredAs(long documentId) {
        this.subjectDocumentId = documentId;
    }

    public Entry getEntry() {
        return entry;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Long getSubjectDocumentId() {
        return subjectDocumentId;
    }
}
