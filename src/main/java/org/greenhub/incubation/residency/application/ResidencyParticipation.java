package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.organisation.application.ProgrammeParticipation;

/**
 * The organisation record's path, residency part: its residencies in incubators. The organisation's own people and
 * administrators see them all; an incubator's managers see the residencies in their incubators.
 */
@ApplicationScoped
public class ResidencyParticipation implements ProgrammeParticipation {

    @Inject
    ResidencyRepository residencies;

    @Inject
    IncubatorRepository incubators;

    @Inject
    ResidencyAccess access;

    @Override
    public List<Line> linesFor(long organisationId, UserAccount viewer) {
        boolean own = viewer.hasRole(Role.ADMINISTRATOR) || access.isMember(viewer, organisationId);
        Set<Long> managed = Set.copyOf(access.managedIncubatorIds(viewer));
        if (!own && managed.isEmpty()) {
            return List.of();
        }
        return residencies.ofOrganisation(organisationId).stream()
                .filter(r -> own || managed.contains(r.getIncubatorId()))
                .map(r -> new Line(
                        "residency.participation.residency",
                        incubatorName(r.getIncubatorId(), viewer),
                        r.getStatus().messageKey(),
                        r.getStartDate(),
                        "/incubation/residency/residency?id=" + r.getId()))
                .toList();
    }

    private String incubatorName(long incubatorId, UserAccount viewer) {
        Incubator incubator = incubators.find(incubatorId).orElse(null);
        return incubator == null ? "" : incubator.name(viewer.getLanguage());
    }
}
