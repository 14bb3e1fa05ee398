package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.greenhub.reserve.application.ProjectQueries;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;

@ApplicationScoped
public class JpaProjectQueries implements ProjectQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CallLine> openOn(LocalDate day) {
        return em.createQuery(
                        "select new org.greenhub.reserve.application.ProjectQueries$CallLine(c.id, c.name, c.closesOn)"
                                + " from ReserveCall c where c.opensOn <= :day"
                                + " and (c.closesOn is null or c.closesOn >= :day)"
                                + " order by c.closesOn asc nulls last, c.id",
                        CallLine.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public List<ProjectLine> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.greenhub.reserve.application.ProjectQueries$ProjectLine("
                                + "p.id, p.title, o.legalName, c.name, p.status, p.createdAt, p.submittedAt)"
                                + " from ReserveProject p, ReserveCall c, Organisation o"
                                + " where c.id = p.callId and o.id = p.organisationId"
                                + " and p.organisationId in :organisations"
                                + " order by p.createdAt desc, p.id desc",
                        ProjectLine.class)
                .setParameter("organisations", organisationIds)
                .getResultList();
    }

    @Override
    public List<OwnedLine> ofOrganisations(
            Collection<Long> organisationIds, ProjectStatus status, ProjectStage stage, int first, int size) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return filtered(
                        em.createQuery(
                                "select new org.greenhub.reserve.application.ProjectQueries$OwnedLine(p.id, p.title,"
                                        + " p.organisationId, o.legalName, c.id, c.name, p.category, p.stage,"
                                        + " p.status, p.grade, p.validity.until, p.createdAt, p.submittedAt)"
                                        + " from ReserveProject p, ReserveCall c, Organisation o"
                                        + " where c.id = p.callId and o.id = p.organisationId"
                                        + ownedFilter(status, stage)
                                        + " order by p.createdAt desc, p.id desc",
                                OwnedLine.class),
                        organisationIds,
                        status,
                        stage)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countOfOrganisations(Collection<Long> organisationIds, ProjectStatus status, ProjectStage stage) {
        if (organisationIds.isEmpty()) {
            return 0;
        }
        return filtered(
                        em.createQuery(
                                "select count(p) from ReserveProject p where 1 = 1" + ownedFilter(status, stage),
                                Long.class),
                        organisationIds,
                        status,
                        stage)
                .getSingleResult();
    }

    private static String ownedFilter(ProjectStatus status, ProjectStage stage) {
        return " and p.organisationId in :organisations"
                + (status == null ? "" : " and p.status = :status")
                + (stage == null ? "" : " and p.stage = :stage");
    }

    private static <T> TypedQuery<T> filtered(
            TypedQuery<T> query, Collection<Long> organisationIds, ProjectStatus status, ProjectStage stage) {
        query.setParameter("organisations", organisationIds);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        return query;
    }
}
