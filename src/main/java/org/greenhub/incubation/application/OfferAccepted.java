package org.greenhub.incubation.application;

import java.time.LocalDate;

/**
 * A start-up accepted its place: fired (synchronously, inside the accepting transaction) by {@link IntakeApplications}
 * so that residencies, which build on intake, start the residency without intake knowing residencies. An observer
 * that refuses rolls the acceptance back with it.
 *
 * @param applicationId the accepted intake application
 * @param incubatorId   the incubator that made the offer
 * @param organisationId the start-up
 * @param startsOn      the first day of the residency
 */
public record OfferAccepted(long applicationId, long incubatorId, long organisationId, LocalDate startsOn) {}
