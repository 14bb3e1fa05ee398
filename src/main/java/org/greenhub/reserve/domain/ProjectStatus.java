package org.greenhub.reserve.domain;

/**
 * Where a declared project stands. A draft is the owner's alone; submitting screens it (a refusal keeps it a draft
 * with the reasons shown); reviewers then score it; the reserve manager lists it, returns it for more information
 * (the owner edits and submits again) or rejects it; a listing lapses at the end of its validity.
 */
public enum ProjectStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    RETURNED,
    LISTED,
    REJECTED,
    LAPSED;

    /** Whether the owner may change the declaration: before anyone reviews it, or when it was returned to them. */
    public boolean editableByOwner() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether funders and the public see it. */
    public boolean isListed() {
        return this == LISTED;
    }
}
