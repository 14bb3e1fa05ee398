package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/**
 * One piece of evidence attached to a project: its kind and the stored file (checked by content when it was
 * uploaded). A project holds at most one file of each kind; uploading a kind again replaces it.
 */
@Entity
@Table(name = "reserve_project_document")
public class ProjectDocument extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EvidenceKind kind;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    protected ProjectDocument() {}

    public ProjectDocument(long projectId, EvidenceKind kind, long storedFileId, String fileName, Instant now) {
        this.projectId = projectId;
        this.kind = kind;
        this.storedFileId = storedFileId;
        this.fileName = fileName;
        setCreatedAt(now);
    }

    public long getProjectId() {
        return projectId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public String getFileName() {
        return fileName;
    }
}
