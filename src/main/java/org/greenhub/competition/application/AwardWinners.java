package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.Entry;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;

/**
 * The read that competitions publish for the other programmes: which editions have final award winners, who they are,
 * and what a winning entry said. Incubators invite winners to intake calls through it (no other programme reads
 * competition tables). It checks no permission: callers decide who may see what they pass on.
 */
@ApplicationScoped
public class AwardWinners {

    /** An edition with final award winners, named in the reader's language. */
    public record EditionWithWinners(long competitionId, String name, long winners) implements Serializable {}

    /** A winning entry and the organisation behind it. */
    public record Winner(long entryId, long organisationId) implements Serializable {}

    /** What a winning entry said, for a programme that carries it over; the metrics are a copy. */
    public record WinningEntry(
            long entryId, long organisationId, String projectTitle, String summary, String track, GreenMetrics metrics)
            implements Serializable {}

    @jakarta.inject.Inject
    org.greenhub.competition.domain.EntryRepository entries;

    @jakarta.inject.Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    /** Editions whose entries carry a final award, newest first. */
    @Transactional
    public List<EditionWithWinners> editionsWithWinners(Language language) {
        List<long[]> counts = entries.winnerCounts();
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Competition> editions = new HashMap<>();
        competitions.findAll(counts.stream().map(r -> r[0]).toList()).forEach(c -> editions.put(c.getId(), c));
        return counts.stream()
                .map(r -> new EditionWithWinners(
                        r[0], editions.get(r[0]).text(language).getName(), r[1]))
                .toList();
    }

    /** The edition's winning entries, in entry order. */
    @Transactional
    public List<Winner> winners(long competitionId) {
        return entries.winners(competitionId).stream()
                .map(r -> new Winner(r[0], r[1]))
                .toList();
    }

    /** A winning entry's content; empty when the entry does not exist or won nothing. */
    @Transactional
    public Optional<WinningEntry> winningEntry(long entryId) {
        Entry e = entries.find(entryId).orElse(null);
        if (e == null || e.getAwardTier() == null) {
            return Optional.empty();
        }
        return Optional.of(new WinningEntry(
                e.getId(),
                e.getOrganisation().getId(),
                e.getProjectTitle(),
                e.getSummary(),
                e.getTrack(),
                e.metrics().copy()));
    }
}
