package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.organisation.application.ProgrammeParticipation;

/**
 * An organisation's competition entries on its record: all of them for its own people and administrators, the
 * submitted ones of the editions they manage for programme managers, nothing for anyone else.
 */
@ApplicationScoped
public class CompetitionParticipation implements ProgrammeParticipation {

    @Inject
    org.greenhub.competition.domain.EntryRepository entries;

    @Inject
    CompetitionAccess access;

    @Override
    @Transactional
    public List<Line> linesFor(long organisationId, UserAccount viewer) {
        boolean insider = CompetitionAccess.isAdministrator(viewer) || access.belongsTo(viewer, organisationId);
        return entries.ofOrganisation(organisationId, 100).stream()
                .filter(e ->
                        insider || (e.getStatus() != EntryStatus.DRAFT && access.manages(viewer, e.getCompetition())))
                .map(e -> new Line(
                        "competition.programme.name",
                        e.getCompetition().text(viewer.getLanguage()).getName() + " · " + e.getProjectTitle(),
                        e.getStatus().messageKey(),
                        day(e.getSubmittedAt() != null ? e.getSubmittedAt() : e.getCreatedAt(), e),
                        "/competition/entry.xhtml?id=" + e.getId()))
                .toList();
    }

    private static LocalDate day(Instant instant, Entry entry) {
        return LocalDate.ofInstant(instant, entry.getCompetition().zone());
    }
}
