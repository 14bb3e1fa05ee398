package org.greenhub.zone.application;

/** What the zone dashboard reads beside the accounts: the declaring counts. */
public interface ZoneDashboardQueries {

    /**
     * For the year: the organisations linked to the zone, those of them without any declaration for it, and the
     * enterprise-years whose newest version waits for review.
     */
    record DeclaringCounts(long enterprises, long missing, long inReview) {}

    DeclaringCounts declaring(long zoneId, int year);
}
