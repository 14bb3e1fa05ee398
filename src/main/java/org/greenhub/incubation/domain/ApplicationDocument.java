package org.greenhub.incubation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/** A document of an application (its business plan), stored in the shared file store; one per purpose. */
@Entity
@Table(name = "intake_application_document")
public class ApplicationDocument extends CreatedEntity {

    public enum Purpose {
        BUSINESS_PLAN;

        public String messageKey() {
            return "incubation.document." + name();
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private IntakeApplication application;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    protected ApplicationDocument() {}

    public ApplicationDocument(IntakeApplication application, long storedFileId, Purpose purpose, Instant now) {
        this.application = application;
        this.storedFileId = storedFileId;
        this.purpose = purpose;
        setCreatedAt(now);
    }

    public IntakeApplication getApplication() {
        return application;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
