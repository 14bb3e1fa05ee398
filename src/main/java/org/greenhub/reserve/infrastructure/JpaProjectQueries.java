package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.greenhub.reserve.application.ProjectQueries;

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
}
