package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.organisation.application.ProgrammeParticipation;

import java.util.List;
import java.util.Set;

/**
 * The organisation record's path, residency part: its residencies in incubators. The organisation's own people and
 * administrators see them all; an incubator's managers see the residencies in their incubators.
 */
@ApplicationScoped
public class ResidencyParticipation implements ProgrammeParticipation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidencyAccess access;

    @Override
    public List<Line> linesFor(long organisationId, UserAccount viewer) {
        boolean own = viewer.hasRole(Role.ADMINISTRATOR) || access.isMember(viewer, organisationId);
        Set<Long> managed = Set.copyOf(access.managedIncubatorIds(viewer));
        if (!own && managed.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Residency r where r.organisation.id = :org order by r.startDate desc", Residency.class)
                .setParameter("org", organisationId).getResultList().stream()
                .filter(r -> own || managed.contains(r.getIncubatorId()))
                .map(r -> new Line("residency.participation.residency", incubatorName(r.getIncubatorId(), viewer),
                        r.getStatus().messageKey(), r.getStartDate(), "/incubation/residency/residency?id=" + r.getId()))
                .toList();
    }

    private String incubatorName(long incubatorId, UserAccount viewer) {
        Incubator incubator = em.find(Incubator.class, incubatorId);
        return incubator == null ? "" : incubator.name(viewer.getLanguage());
    }
}
