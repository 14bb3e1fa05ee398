package org.greenhub.alliance.domain;

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

/** Links a stored file to an alliance (charter, agreement template) or to one membership (its signed agreement). */
@Entity
@Table(name = "alliance_document")
public class AllianceDocument extends CreatedEntity {

    public enum Purpose {
        CHARTER,
        AGREEMENT_TEMPLATE,
        SIGNED_AGREEMENT;

        public String messageKey() {
            return "alliance.document." + name();
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(name = "stored_file_id", nullable = false)
    private Long storedFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    protected AllianceDocument() {}

    public AllianceDocument(Alliance alliance, Membership membership, long storedFileId, Purpose purpose, Instant now) {
        this.alliance = alliance;
        this.membership = membership;
        this.storedFileId = storedFileId;
        this.purpose = purpose;
        setCreatedAt(now);
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Membership getMembership() {
        return membership;
    }

    public Long getStoredFileId() {
        return storedFileId;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
