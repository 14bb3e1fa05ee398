package org.greenhub.competition.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.award.application.CatalogueQueries;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;

/**
 * The catalogue's list as plain SQL: the year of opening is counted in each edition's own time zone, which JPQL cannot
 * say. Names match in any of the edition's languages, case-insensitively.
 */
@ApplicationScoped
public class JpaCatalogueQueries implements CatalogueQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Long> listedIds(ListFilter filter, int first, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(size);
        parameters.add(first);
        Query query = em.createNativeQuery("select c.id from competition c where " + where
                + " order by c.submission_opens_at desc, c.id desc limit ?" + (parameters.size() - 1) + " offset ?"
                + parameters.size());
        bind(query, parameters);
        List<?> rows = query.getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public long countListed(ListFilter filter) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("select count(*) from competition c where " + where(filter, parameters));
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(ListFilter filter, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("c.status in (");
        for (var status : filter.statuses()) {
            parameters.add(status.name());
            sql.append(parameters.size() > 1 ? ", ?" : "?").append(parameters.size());
        }
        sql.append(')');
        if (filter.status() != null) {
            parameters.add(filter.status().name());
            sql.append(" and c.status = ?").append(parameters.size());
        }
        if (filter.year() != null) {
            parameters.add(filter.year());
            sql.append(" and extract(year from c.submission_opens_at at time zone c.time_zone) = ?")
                    .append(parameters.size());
        }
        for (String word : filter.words()) {
            parameters.add(likeContains(word));
            int p = parameters.size();
            sql.append(" and (lower(c.series_name) like ?")
                    .append(p)
                    .append(" escape '!' or lower(c.edition) like ?")
                    .append(p)
                    .append(" escape '!' or exists (select 1 from competition_text t where t.competition_id = c.id")
                    .append(" and lower(t.name) like ?")
                    .append(p)
                    .append(" escape '!'))");
        }
        return sql.toString();
    }

    /**
     * The word as a LIKE pattern matching it anywhere, its wildcards escaped with "!" (a backslash in a native
     * statement's literal could be taken for an escaped quote by the statement's parameter parser).
     */
    private static String likeContains(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    @Override
    public List<Competition> withTexts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct c from Competition c left join fetch c.texts where c.id in :ids",
                        Competition.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Map<TierKey, Long> awardsPerTier(long resultId, Collection<AwardStatus> statuses) {
        Map<TierKey, Long> counts = new HashMap<>();
        em.createQuery(
                        "select a.group, a.tierTrack, a.tier, count(a) from Award a where a.resultId = :r"
                                + " and a.status in :statuses group by a.group, a.tierTrack, a.tier",
                        Object[].class)
                .setParameter("r", resultId)
                .setParameter("statuses", statuses)
                .getResultList()
                .forEach(row -> counts.put(
                        new TierKey((CompetitionGroup) row[0], (String) row[1], (AwardTierCode) row[2]),
                        (Long) row[3]));
        return counts;
    }
}
