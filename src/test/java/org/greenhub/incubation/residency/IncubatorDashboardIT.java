package org.greenhub.incubation.residency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.greenhub.incubation.residency.application.IncubatorDashboard;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Dashboard;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ResidencyFixtures;
import org.greenhub.testsupport.server.ResidencyFixtures.Incubator;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The incubator dashboard of 300 residents with five years of quarterly reports costs the same few SQL statements
 * as that of 4 residents, and answers quickly.
 */
class IncubatorDashboardIT extends InServerTest {

    /** The incubator (one statement with its collections) and six aggregate queries; a little room for the account. */
    private static final int MAX_STATEMENTS = 10;

    @Inject
    IncubatorDashboard dashboards;

    @Inject
    ResidencyFixtures fixtures;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Test
    void theDashboardOf300ResidentsTakesTheSameFewStatementsAsOneOf4() {
        Incubator small = fixtures.bulkIncubator("DashSmall", 4);
        Incubator large = fixtures.bulkIncubator("DashLarge", 300);

        long forSmall = statementsFor(small);
        long forLarge = statementsFor(large);
        System.out.printf("IncubatorDashboard statements: %d for 4 residents, %d for 300%n", forSmall, forLarge);
        assertTrue(forLarge <= MAX_STATEMENTS, "statements for 300 residents: " + forLarge);
        assertEquals(forSmall, forLarge, "the number of statements must not grow with the number of residents");

        actingAs.user(large.managerId());
        long start = System.nanoTime();
        Dashboard d = dashboards.dashboard(large.id());
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf("IncubatorDashboard for 300 residents: %.0f ms%n", millis);
        assertTrue(millis < 2000, "the dashboard took " + millis + " ms");
        assertEquals(
                300,
                d.occupancy().active()
                        + d.occupancy().graduated()
                        + d.occupancy().exited());
        assertEquals(30, d.occupancy().graduated());
        assertTrue(d.trend().size() >= 16, "quarters in the trend: " + d.trend().size());
        assertTrue(d.impact().emissionsAvoidedTco2e().signum() > 0);
        assertTrue(d.overdueTotal() > 0);
        assertTrue(d.overdue().size() <= IncubatorDashboard.LIST_LIMIT);
    }

    /** The fewest statements of three reads: the mail outbox polls in the background and could add one. */
    private long statementsFor(Incubator incubator) {
        actingAs.user(incubator.managerId());
        Statistics statistics = judging.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                dashboards.dashboard(incubator.id());
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
