package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;

/** The organisation's path through every programme, newest first, as far as the viewer may see it. */
@ApplicationScoped
public class OrganisationPath {

    @Inject
    @Any
    Instance<ProgrammeParticipation> programmes;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<ProgrammeParticipation.Line> of(long organisationId) {
        organisations.view(organisationId);
        UserAccount viewer = currentUser.require();
        List<ProgrammeParticipation.Line> lines = new ArrayList<>();
        for (ProgrammeParticipation programme : programmes) {
            lines.addAll(programme.linesFor(organisationId, viewer));
        }
        lines.sort(
                Comparator.comparing((ProgrammeParticipation.Line l) -> l.since() == null ? LocalDate.MIN : l.since())
                        .reversed());
        return List.copyOf(lines);
    }
}
