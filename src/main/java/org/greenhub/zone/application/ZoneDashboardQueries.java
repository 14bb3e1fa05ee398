package org.greenhub.zone.application;

import java.util.List;

/** What the zone dashboard reads beside the accounts: the declaring enterprises' names and sectors, and the counts. */
public interface ZoneDashboardQueries {

    /** An enterprise with an accepted declaration for the year: its name and sector as its record has them. */
    record Enterprise(long organisationId, String name, String sector) {}

    /**
     * For the year: the organisations linked to the zone, those of them without any declaration for it, and the
     * enterprise-years whose newest version waits for review.
     */
    record DeclaringCounts(long enterprises, long missing, long inReview) {}

    List<Enterprise> declaredEnterprises(long zoneId, int year);

    DeclaringCounts declaring(long zoneId, int year);
}
