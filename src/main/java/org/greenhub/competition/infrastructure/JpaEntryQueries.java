package org.greenhub.competition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.greenhub.competition.application.EntryQueries;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.platform.text.SearchKey;

/** JPQL projections into the use cases' rows, paged and counted in the database. */
@ApplicationScoped
public class JpaEntryQueries implements EntryQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<EntryReview.Row> page(
            long competitionId, EntryReview.Filter filter, int first, int size, String order, boolean ascending) {
        StringBuilder jpql = new StringBuilder(
                "select new org.greenhub.competition.application.EntryReview$Row(e.id, e.reference, e.projectTitle, o.legalName, "
                        + "e.group, e.track, e.status, e.submittedAt, e.revenuePreviousYear) from Entry e join e.organisation o");
        List<Object> parameters = new ArrayList<>();
        where(jpql, parameters, competitionId, filter);
        jpql.append(" order by ")
                .append(order)
                .append(ascending ? " asc" : " desc")
                .append(", e.id");
        TypedQuery<EntryReview.Row> query = em.createQuery(jpql.toString(), EntryReview.Row.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.setFirstResult(first).setMaxResults(Math.min(size, 500)).getResultList();
    }

    @Override
    public long count(long competitionId, EntryReview.Filter filter) {
        StringBuilder jpql = new StringBuilder("select count(e) from Entry e");
        List<Object> parameters = new ArrayList<>();
        where(jpql, parameters, competitionId, filter);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getSingleResult();
    }

    @Override
    public List<EntryService.MyEntry> ofOrganisations(Collection<Long> organisations, int max) {
        return em.createQuery(
                        "select new org.greenhub.competition.application.EntryService$MyEntry(e.id, e.competition.id, e.projectTitle, "
                                + "e.organisation.legalName, e.status, e.updatedAt) from Entry e where e.organisation.id in :orgs order by e.updatedAt desc",
                        EntryService.MyEntry.class)
                .setParameter("orgs", organisations)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<EntryService.MyEntry> ofOrganisations(Collection<Long> organisations, int offset, int size) {
        return em.createQuery(
                        "select new org.greenhub.competition.application.EntryService$MyEntry(e.id, e.competition.id, e.projectTitle, "
                                + "e.organisation.legalName, e.status, e.updatedAt) from Entry e where e.organisation.id in :orgs "
                                + "order by e.updatedAt desc, e.id desc",
                        EntryService.MyEntry.class)
                .setParameter("orgs", organisations)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countOfOrganisations(Collection<Long> organisations) {
        return em.createQuery("select count(e) from Entry e where e.organisation.id in :orgs", Long.class)
                .setParameter("orgs", organisations)
                .getSingleResult();
    }

    @Override
    public List<Object[]> exportRows(Competition competition, java.util.Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of(); // an empty selection matches nothing (and an empty IN list is not valid JPQL)
        }
        var query = em.createQuery(
                        "select e.reference, e.projectTitle, o.legalName, o.registrationCode, e.group, e.track, e.status, "
                                + "e.submittedAt, e.revenuePreviousYear, e.rdSpend, e.fundingRaised, e.ipOwnershipDeclared, e.metrics.baselineYear, "
                                + "e.metrics.energySavedMwhPerYear, e.metrics.emissionsAvoidedTco2ePerYear, e.metrics.energyIntensityTcePer10kYuan, "
                                + "e.metrics.waterReusedM3PerYear, e.metrics.wasteRecycledTonnesPerYear, e.metrics.cleanerProductionAudit, e.metrics.category "
                                + "from Entry e join e.organisation o where e.competition = :c and e.status <> :draft"
                                + (only == null ? "" : " and e.id in :only") + " order by e.id",
                        Object[].class)
                .setParameter("c", competition)
                .setParameter("draft", EntryStatus.DRAFT);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.getResultList();
    }

    private static void where(
            StringBuilder jpql, List<Object> parameters, long competitionId, EntryReview.Filter filter) {
        parameters.add(competitionId);
        jpql.append(" where e.competition.id = ?1");
        parameters.add(EntryStatus.DRAFT);
        jpql.append(" and e.status <> ?2");
        if (filter == null) {
            return;
        }
        if (filter.status() != null) {
            parameters.add(filter.status());
            jpql.append(" and e.status = ?").append(parameters.size());
        }
        if (filter.group() != null) {
            parameters.add(filter.group());
            jpql.append(" and e.group = ?").append(parameters.size());
        }
        if (filter.track() != null && !filter.track().isBlank()) {
            parameters.add(filter.track());
            jpql.append(" and e.track = ?").append(parameters.size());
        }
        for (String word : SearchKey.words(filter.text())) {
            parameters.add(SearchKey.likeContains(word));
            jpql.append(" and e.searchKey like ?").append(parameters.size()).append(" escape '\\'");
        }
    }
}
