package org.greenhub.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.DirectoryQuery;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.AllianceFixtures;
import org.greenhub.testsupport.server.AllianceFixtures.AllianceSetup;
import org.greenhub.testsupport.server.InServerTest;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * An alliance with 5,000 members and 10 years of dues (50,000 ledger lines): the public directory, the coordinator's
 * member list, dues ledger and workspace figures each cost the same few statements as for a small alliance, and
 * answer well within interactive time.
 */
class AllianceSpeedIT extends InServerTest {

    /** Page + count for the lists (plus the permission look-up of the alliance); one grouped query for the workspace. */
    private static final int MAX_STATEMENTS = 4;

    private static final long MAX_MILLIS = 1500;

    @Inject
    MembershipQueries queries;

    @Inject
    AllianceFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Test
    void directoryMemberListLedgerAndWorkspaceStayBoundedForFiveThousandMembersWithTenYearsOfDues() {
        AllianceSetup large = fixtures.alliance("Large alliance");
        AllianceSetup small = fixtures.alliance("Small alliance");
        // Letters only: the searches below look for members "19" and "4999" by substring, and a prefix with digits in
        // it (a random "…19…") would match every member of the alliance.
        String prefix = "Speed" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        fixtures.bulkMembers(large.allianceId(), large.categoryIds().get(3), 5000, 10, prefix + "L");
        fixtures.bulkMembers(small.allianceId(), small.categoryIds().get(3), 20, 10, prefix + "S");
        fixtures.update("analyze");

        actingAs.user(0L);
        compare(
                "directory",
                () -> queries.directory(new DirectoryQuery(large.allianceId(), null, null, null, true), 4980, 20)
                                .size()
                        + queries.countDirectory(new DirectoryQuery(large.allianceId(), null, null, null, true)),
                () -> queries.directory(new DirectoryQuery(small.allianceId(), null, null, null, true), 0, 20)
                                .size()
                        + queries.countDirectory(new DirectoryQuery(small.allianceId(), null, null, null, true)),
                5020,
                40);
        compare(
                "directory search",
                () -> queries.directory(
                                        new DirectoryQuery(
                                                large.allianceId(), prefix.toLowerCase() + "l 4999", null, null, true),
                                        0,
                                        20)
                                .size()
                        + queries.countDirectory(new DirectoryQuery(
                                large.allianceId(), prefix.toLowerCase() + "l 4999", null, null, true)),
                () -> queries.directory(
                                        new DirectoryQuery(
                                                small.allianceId(), prefix.toLowerCase() + "s 19", null, null, true),
                                        0,
                                        20)
                                .size()
                        + queries.countDirectory(new DirectoryQuery(
                                small.allianceId(), prefix.toLowerCase() + "s 19", null, null, true)),
                2,
                2);

        actingAs.user(large.coordinatorId());
        MemberQuery largeMembers = new MemberQuery(
                large.allianceId(), EnumSet.of(MembershipStatus.ACTIVE), null, false, null, "validTo", false);
        compare(
                "member list",
                () -> queries.members(largeMembers, 2000, 50).size() + queries.countMembers(largeMembers),
                null,
                5050,
                -1);
        compare(
                "dues ledger",
                () -> queries.ledger(large.allianceId(), 49900, 50).size() + queries.countLedger(large.allianceId()),
                null,
                50050,
                -1);
        compare("workspace", () -> queries.workspace(large.allianceId()).count("ACTIVE"), null, 5000, -1);
        actingAs.user(small.coordinatorId());
        compare("workspace (small)", () -> queries.workspace(small.allianceId()).count("ACTIVE"), null, 20, -1);
    }

    /** Measures the large read (and the small one when given): same statement count, within the bound and the time. */
    private void compare(
            String what, Supplier<Number> large, Supplier<Number> small, long expectedLarge, long expectedSmall) {
        Measured l = measure(large);
        assertEquals(expectedLarge, l.result, what);
        System.out.printf("Alliance %s: %d statements, %d ms%n", what, l.statements, l.millis);
        assertTrue(l.statements <= MAX_STATEMENTS, what + " statements: " + l.statements);
        assertTrue(l.millis <= MAX_MILLIS, what + " took " + l.millis + " ms");
        if (small != null) {
            Measured s = measure(small);
            assertEquals(expectedSmall, s.result, what + " (small)");
            assertEquals(s.statements, l.statements, what + ": statements must not grow with the alliance");
        }
    }

    private record Measured(long result, long statements, long millis) {}

    /** The fewest statements and time of three runs (the mail outbox polls in the background and shares the counters). */
    private Measured measure(Supplier<Number> read) {
        Statistics statistics = fixtures.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            long fastest = Long.MAX_VALUE;
            long result = -1;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                long start = System.nanoTime();
                result = read.get().longValue();
                fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return new Measured(result, fewest, fastest);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
