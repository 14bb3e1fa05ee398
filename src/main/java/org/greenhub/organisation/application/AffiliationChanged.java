package org.greenhub.organisation.application;

/**
 * Published (a synchronous CDI event, inside the transaction that made the change) when a person's affiliation with
 * an organisation begins or ends through {@link OrganisationService}. Features that derive something from who acts
 * for an organisation observe it (the reserve gives or takes the funder role), so organisation names none of them.
 */
public record AffiliationChanged(long affiliationId, long personId, long organisationId, Change change) {

    public enum Change {
        ADDED,
        ENDED
    }
}
