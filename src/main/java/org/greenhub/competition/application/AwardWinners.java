package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.Entry;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read that competitions publish for the other programmes: which editions have final award winners, who they are,
 * and what a winning entry said. Incubators invite winners to intake calls through it (no other programme reads
 * competition tables). It checks no permission: callers decide who may see what they pass on.
 */
@ApplicationScoped
public class AwardWinners {

    /** An edition with final award winners, named in the reader's language. */
    public record EditionWithWinners(long competitionId, String name, long winners) implements Serializable {
    }

    /** A winning entry and the organisation behind it. */
    public record Winner(long entryId, long organisationId) implements Serializable {
    }

    /** What a winning entry said, for a programme that carries it over; the metrics are a copy. */
    public record WinningEntry(long entryId, long organisationId, String projectTitle, String summary, String track,
                               GreenMetrics metrics) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    /** Editions whose entries carry a final award, newest first. */
    @Transactional
    public List<EditionWithWinners> editionsWithWinners(Language language) {
        List<Object[]> counts = em.createQuery("""
                        select e.competition.id, count(e) from Entry e where e.awardTier is not null
                        group by e.competition.id order by e.competition.id desc""", Object[].class).getResultList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<Long, Competition> editions = new HashMap<>();
        em.createQuery("select c from Competition c where c.id in :ids", Competition.class)
                .setParameter("ids", counts.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(c -> editions.put(c.getId(), c));
        return counts.stream().map(r -> new EditionWithWinners((Long) r[0], editions.get((Long) r[0]).text(language).getName(),
                ((Number) r[1]).longValue())).toList();
    }

    /** The edition's winning entries, in entry order. */
    @Transactional
    public List<Winner> winners(long competitionId) {
        return em.createQuery("""
                        select e.id, e.organisation.id from Entry e
                        where e.competition.id = :c and e.awardTier is not null order by e.id""", Object[].class)
                .setParameter("c", competitionId).getResultList().stream()
                .map(r -> new Winner((Long) r[0], (Long) r[1])).toList();
    }

    /** A winning entry's content; empty when the entry does not exist or won nothing. */
    @Transactional
    public Optional<WinningEntry> winningEntry(long entryId) {
        Entry e = em.find(Entry.class, entryId);
        if (e == null || e.getAwardTier() == null) {
            return Optional.empty();
        }
        return Optional.of(new WinningEntry(e.getId(), e.getOrganisation().getId(), e.getProjectTitle(), e.getSummary(),
                e.getTrack(), e.metrics().copy()));
    }
}
