package org.greenhub.competition.award.domain;

import static org.greenhub.competition.domain.CompetitionGroup.GROWTH;
import static org.greenhub.competition.domain.CompetitionGroup.START_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.greenhub.competition.domain.AwardTierCode;
import org.junit.jupiter.api.Test;

/** The proposal rule: tiers filled from the highest, track tiers before group tiers, one award per entry. */
class AwardAllocationTest {

    private static AwardAllocation.Ranked ranked(
            long id, org.greenhub.competition.domain.CompetitionGroup group, String track, int rank) {
        return new AwardAllocation.Ranked(id, group, track, rank, 100 - rank);
    }

    @Test
    void groupTiersTakeTheBestEntriesOfTheGroupInRankingOrder() {
        List<AwardAllocation.Allocated> awards = AwardAllocation.allocate(
                List.of(
                        ranked(1, START_UP, "A", 1),
                        ranked(2, GROWTH, "A", 2),
                        ranked(3, START_UP, "B", 3),
                        ranked(4, START_UP, "A", 4),
                        ranked(5, START_UP, "A", 5)),
                List.of(
                        new AwardAllocation.Tier(START_UP, null, AwardTierCode.SECOND, 2),
                        new AwardAllocation.Tier(START_UP, null, AwardTierCode.FIRST, 1),
                        new AwardAllocation.Tier(GROWTH, null, AwardTierCode.FIRST, 1)));
        assertEquals(
                List.of("1:FIRST", "3:SECOND", "4:SECOND", "2:FIRST"),
                awards.stream().map(a -> a.entryId() + ":" + a.tier()).toList());
    }

    @Test
    void aTracksPrizeIsNotTakenByTheGroupsPrizeAndNobodyWinsTwice() {
        // entry 1 (track A) is best overall; the track-B first prize goes to the best of track B, the group's first
        // prize
        // to the best entry without an award
        List<AwardAllocation.Allocated> awards = AwardAllocation.allocate(
                List.of(ranked(1, START_UP, "A", 1), ranked(2, START_UP, "B", 2), ranked(3, START_UP, "B", 3)),
                List.of(
                        new AwardAllocation.Tier(START_UP, null, AwardTierCode.FIRST, 1),
                        new AwardAllocation.Tier(START_UP, "B", AwardTierCode.FIRST, 1),
                        new AwardAllocation.Tier(START_UP, "B", AwardTierCode.SECOND, 5)));
        assertEquals(
                List.of("2:FIRST:B", "1:FIRST:null", "3:SECOND:B"),
                awards.stream()
                        .map(a -> a.entryId() + ":" + a.tier() + ":" + a.tierTrack())
                        .toList());
    }

    @Test
    void fewerEntriesThanPrizesLeavesPrizesUnawarded() {
        assertEquals(
                1,
                AwardAllocation.allocate(
                                List.of(ranked(1, GROWTH, "A", 1)),
                                List.of(new AwardAllocation.Tier(GROWTH, null, AwardTierCode.THIRD, 5)))
                        .size());
    }
}
