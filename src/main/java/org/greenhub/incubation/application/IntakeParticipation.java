package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.application.ProgrammeParticipation;
import org.greenhub.platform.i18n.Messages;

/**
 * The organisation record's path, intake part: its applications to incubator calls. The organisation's own people
 * and administrators see them all; an incubator's managers see the applications to their incubator's calls.
 */
@ApplicationScoped
public class IntakeParticipation implements ProgrammeParticipation {

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    IncubatorAccess access;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Override
    public List<Line> linesFor(long organisationId, UserAccount viewer) {
        boolean own = viewer.hasRole(Role.ADMINISTRATOR)
                || organisations.affiliationsOf(viewer.getId()).stream()
                        .anyMatch(a ->
                                a.getOrganisation().getId() == organisationId && a.isCurrent(LocalDate.now(clock)));
        Set<Long> managed = Set.copyOf(access.managedIncubatorIds(viewer));
        if (!own && managed.isEmpty()) {
            return List.of();
        }
        return applications.ofOrganisation(organisationId).stream()
                .filter(a -> own || managed.contains(a.getCall().getIncubator().getId()))
                .map(a -> new Line(
                        "incubation.participation.application",
                        messages.localised(
                                        viewer.getLanguage().locale(),
                                        a.getCall().getTitles()) + " · " + a.getProjectTitle(),
                        a.getStatus().messageKey(),
                        LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC),
                        managed.contains(a.getCall().getIncubator().getId())
                                ? "/incubation/intake/manage/application?id=" + a.getId()
                                : "/incubation/intake/my/applications"))
                .toList();
    }
}
