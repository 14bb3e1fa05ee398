package org.greenhub.evaluation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/** A document of a subject that judges read while scoring (business plan, pitch deck ...). */
@Entity
@Table(name = "evaluation_subject_document")
public class SubjectDocument extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @Column(nullable = false)
    private String label;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected SubjectDocument() {}

    public SubjectDocument(
            EvaluationSubject subject, String label, String fileName, String contentType, byte[] content, Instant now) {
        this.subject = subject;
        this.label = label;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        setCreatedAt(now);
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public String getLabel() {
        return label;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
