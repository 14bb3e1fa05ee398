package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.organisation.application.ProgrammeParticipation;

/**
 * The organisation's alliance memberships on its record: all of them for its own people and administrators, and for
 * a coordinator only those of the alliances they coordinate.
 */
@ApplicationScoped
public class AllianceParticipation implements ProgrammeParticipation {

    @Inject
    MembershipRepository memberships;

    @Inject
    AllianceAccess access;

    @Override
    public List<Line> linesFor(long organisationId, UserAccount viewer) {
        boolean ownOrAdmin = viewer.hasRole(Role.ADMINISTRATOR) || access.affiliated(viewer, organisationId);
        return memberships.ofOrganisation(organisationId).stream()
                .filter(m -> ownOrAdmin || access.mayCoordinate(viewer, m.getAlliance()))
                .map(m -> new Line(
                        "alliance.path.programme",
                        m.getAlliance().name(viewer.getLanguage()),
                        m.getStatus().messageKey(),
                        m.getValidFrom() != null
                                ? m.getValidFrom()
                                : LocalDate.ofInstant(m.getAppliedAt(), ZoneOffset.UTC),
                        "/alliance/membership.xhtml?id=" + m.getId()))
                .toList();
    }
}
