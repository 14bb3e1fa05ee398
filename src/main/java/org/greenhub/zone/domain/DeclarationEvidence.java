package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/** The link between a declaration version and one stored evidence file (an energy bill, an audit report). */
@Entity
@Table(name = "zone_declaration_file")
public class DeclarationEvidence extends CreatedEntity {

    /** A declaration version carries at most this many files: bills of a year fit, a mistaken folder does not. */
    public static final int MAX_PER_DECLARATION = 20;

    @Column(name = "declaration_id", nullable = false)
    private long declarationId;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected DeclarationEvidence() {}

    public DeclarationEvidence(long declarationId, long storedFileId, Long uploadedBy, Instant now) {
        this.declarationId = declarationId;
        this.storedFileId = storedFileId;
        this.uploadedBy = uploadedBy;
        setCreatedAt(now);
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public long getStoredFileId() {
        return storedFileId;
    }
}
