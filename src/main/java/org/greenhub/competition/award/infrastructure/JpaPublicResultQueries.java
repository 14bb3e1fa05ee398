package org.greenhub.competition.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.competition.award.application.PublicResultQueries;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.award.application.PublicResults.AwardRow;
import org.greenhub.competition.award.application.PublicResults.ChangeRow;
import org.greenhub.competition.award.application.PublicResults.Filter;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;

@ApplicationScoped
public class JpaPublicResultQueries implements PublicResultQueries {

    private static final String CHANGES = """
            select new org.greenhub.competition.award.application.PublicResults$ChangeRow(ch.id, ch.at, ch.kind, ch.fromTier, ch.toTier,
                   a.awardeeName, a.entryTitle, ch.reason, r.competitionId)
            from AwardChange ch, Award a, AwardResult r where ch.awardId = a.id and a.resultId = r.id
              and r.status in (org.greenhub.competition.award.domain.AwardResultStatus.PUBLISHED,
                               org.greenhub.competition.award.domain.AwardResultStatus.FINAL)""";

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Competition> visibleCompetitions() {
        return em.createQuery("""
                        select distinct c from Competition c left join fetch c.texts where c.status in :visible
                        order by c.submissionOpensAt desc, c.id desc""", Competition.class)
                .setParameter(
                        "visible",
                        List.of(
                                CompetitionStatus.PUBLISHED,
                                CompetitionStatus.JUDGING,
                                CompetitionStatus.NOTICE,
                                CompetitionStatus.FINAL))
                .getResultList();
    }

    @Override
    public Set<Long> withPublicResults(Collection<Long> competitionIds) {
        return new HashSet<>(em.createQuery(
                        "select r.competitionId from AwardResult r where r.status in :p and r.competitionId in :ids",
                        Long.class)
                .setParameter("p", List.of(AwardResultStatus.PUBLISHED, AwardResultStatus.FINAL))
                .setParameter("ids", competitionIds)
                .getResultList());
    }

    @Override
    public List<AwardRow> awards(long resultId, Filter filter, int first, int size) {
        jakarta.persistence.Query query = em.createNativeQuery(PublicResults.pageSql(filter));
        int position = bind(query, resultId, filter);
        query.setParameter(position++, size).setParameter(position, first);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AwardRow(
                        ((Number) r[0]).longValue(),
                        CompetitionGroup.valueOf((String) r[1]),
                        (String) r[2],
                        AwardTierCode.valueOf((String) r[3]),
                        ((Number) r[4]).intValue(),
                        (BigDecimal) r[5],
                        (String) r[6],
                        (String) r[7],
                        AwardStatus.valueOf((String) r[8]),
                        (String) r[9]))
                .toList();
    }

    @Override
    public long countAwards(long resultId, Filter filter) {
        jakarta.persistence.Query query = em.createNativeQuery(PublicResults.countSql(filter));
        bind(query, resultId, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Binds result, then group and track when filtered; returns the next parameter position. */
    private static int bind(jakarta.persistence.Query query, long resultId, Filter filter) {
        int position = 1;
        query.setParameter(position++, resultId);
        if (filter.group() != null) {
            query.setParameter(position++, filter.group().name());
        }
        if (filter.track() != null) {
            query.setParameter(position++, filter.track());
        }
        return position;
    }

    @Override
    public List<String> tracks(long resultId) {
        return em.createQuery(
                        "select distinct a.track from Award a where a.resultId = :r order by a.track", String.class)
                .setParameter("r", resultId)
                .getResultList();
    }

    @Override
    public List<ChangeRow> changes(long resultId) {
        return em.createQuery(CHANGES + " and a.resultId = :r order by ch.at desc, ch.id desc", ChangeRow.class)
                .setParameter("r", resultId)
                .getResultList();
    }

    @Override
    public List<ChangeRow> recentChanges(int max, java.time.Instant until) {
        return em.createQuery(CHANGES + " and ch.at <= :until order by ch.at desc, ch.id desc", ChangeRow.class)
                .setParameter("until", until)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AwardResult> recentResults(int max) {
        return em.createQuery("""
                        select r from AwardResult r where r.status in (org.greenhub.competition.award.domain.AwardResultStatus.PUBLISHED,
                               org.greenhub.competition.award.domain.AwardResultStatus.FINAL) and r.publishedAt is not null
                        order by r.publishedAt desc""", AwardResult.class).setMaxResults(max).getResultList();
    }

    @Override
    public AwardRow award(long awardId) {
        return em.createQuery("""
                        select new org.greenhub.competition.award.application.PublicResults$AwardRow(a.id, a.group, a.track, a.tier,
                               a.rankingRank, a.score, a.awardeeName, a.entryTitle, a.status, a.verificationCode)
                        from Award a where a.id = :id""", AwardRow.class).setParameter("id", awardId).getSingleResult();
    }
}
