package org.greenhub.competition.award.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.CompetitionGroup;

/**
 * Turns the final ranking and the edition's award tiers into proposed awards. For each group, the tiers are filled
 * from the highest (first prize) down: a track-specific tier takes the best not yet awarded entries of that group and
 * track, a group-wide tier the best not yet awarded entries of the group, in ranking order. An entry gets at most one
 * award. Pure: no database, so the rule is tested directly.
 */
public final class AwardAllocation {

    /** One ranked entry of the final round (rank over the whole round; lower is better). */
    public record Ranked(long entryId, CompetitionGroup group, String track, int rank, double score) {}

    /** A tier as the edition defines it: track null for a group-wide tier. */
    public record Tier(CompetitionGroup group, String track, AwardTierCode tier, int count) {}

    public record Allocated(
            long entryId,
            CompetitionGroup group,
            String tierTrack,
            String track,
            AwardTierCode tier,
            int rank,
            double score) {}

    private AwardAllocation() {}

    public static List<Allocated> allocate(List<Ranked> ranking, List<Tier> tiers) {
        List<Ranked> ordered = new ArrayList<>(ranking);
        ordered.sort(Comparator.comparingInt(Ranked::rank).thenComparingLong(Ranked::entryId));
        List<Tier> tierOrder = new ArrayList<>(tiers);
        // Highest tier first; within a tier, track-specific before group-wide (a track's prize is not taken by the
        // group's).
        tierOrder.sort(Comparator.comparing(Tier::group)
                .thenComparing(Tier::tier)
                .thenComparing(t -> t.track() == null ? 1 : 0)
                .thenComparing(t -> t.track() == null ? "" : t.track()));
        Set<Long> awarded = new HashSet<>();
        List<Allocated> result = new ArrayList<>();
        for (Tier tier : tierOrder) {
            int left = tier.count();
            for (Ranked entry : ordered) {
                if (left == 0) {
                    break;
                }
                if (entry.group() != tier.group()
                        || awarded.contains(entry.entryId())
                        || (tier.track() != null && !Objects.equals(tier.track(), entry.track()))) {
                    continue;
                }
                awarded.add(entry.entryId());
                result.add(new Allocated(
                        entry.entryId(),
                        entry.group(),
                        tier.track(),
                        entry.track(),
                        tier.tier(),
                        entry.rank(),
                        entry.score()));
                left--;
            }
        }
        return result;
    }
}
