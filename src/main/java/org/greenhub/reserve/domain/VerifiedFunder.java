package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/**
 * A financial institution an administrator verified as a funder of the reserve; its current people hold the funder
 * role while it exists. Revoking deletes it.
 */
@Entity
@Table(name = "reserve_funder")
public class VerifiedFunder extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "organisation_id", nullable = false, unique = true)
    private long organisationId;

    @Column(name = "verified_by")
    private Long verifiedBy;

    protected VerifiedFunder() {}

    public VerifiedFunder(long organisationId, Long verifiedBy, Instant now) {
        setCreatedAt(now);
        this.organisationId = organisationId;
        this.verifiedBy = verifiedBy;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getVerifiedBy() {
        return verifiedBy;
    }
}
