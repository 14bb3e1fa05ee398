package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.error.DomainException;

/**
 * Who may do what with a competition and its entries, decided on the server for the record at hand:
 * administrators and the edition's own managers manage it; the people of the entering organisation (current
 * affiliation) read their entry, and those who maintain the organisation's record edit and submit it. Judges do not
 * read entries here at all, blind round or not: they read an entry only through their assignment's view (the scoring
 * page of the evaluation engine, which applies the round's blind rule). Everyone else is told "not found", exactly as
 * for an id that does not exist.
 */
@ApplicationScoped
public class CompetitionAccess {

    @Inject
    CompetitionRepository competitions;

    @Inject
    EntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public static boolean isAdministrator(UserAccount user) {
        return user.hasRole(Role.ADMINISTRATOR);
    }

    public boolean manages(UserAccount user, Competition competition) {
        return isAdministrator(user) || (user.hasRole(Role.PROGRAMME_MANAGER) && competition.isManagedBy(user.getId()));
    }

    /** The edition, when the current user manages it; otherwise "not found". */
    public Competition managedCompetition(long competitionId) {
        UserAccount user = currentUser.require();
        Competition competition = competitions.find(competitionId).orElse(null);
        if (competition == null || !manages(user, competition)) {
            throw DomainException.notFound();
        }
        return competition;
    }

    /** Checks in one statement, without loading the edition, that the current user manages it; otherwise "not found". */
    public void requireManager(long competitionId) {
        UserAccount user = currentUser.require();
        boolean found = isAdministrator(user)
                ? competitions.exists(competitionId)
                : user.hasRole(Role.PROGRAMME_MANAGER) && competitions.managedBy(competitionId, user.getId());
        if (!found) {
            throw DomainException.notFound();
        }
    }

    /** The entry, when the current user manages its edition; otherwise "not found". */
    public Entry managedEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = entries.find(entryId).orElse(null);
        if (entry == null || !manages(user, entry.getCompetition())) {
            throw DomainException.notFound();
        }
        return entry;
    }

    /** The user has a current affiliation with the organisation (any role). */
    public boolean belongsTo(UserAccount user, long organisationId) {
        return affiliated(user, organisationId, false);
    }

    /** The user may act for the organisation: a current founder, legal representative or manager. */
    public boolean actsFor(UserAccount user, long organisationId) {
        return affiliated(user, organisationId, true);
    }

    private boolean affiliated(UserAccount user, long organisationId, boolean maintainers) {
        LocalDate today = LocalDate.now(clock);
        return organisations.affiliationsOf(user.getId()).stream()
                .filter(a -> a.getOrganisation().getId() == organisationId)
                .anyMatch(
                        a -> a.isCurrent(today) && (!maintainers || a.getRole().maintainsRecord()));
    }

    /** Read access to an entry (its page, files, eligibility and released comments): its organisation's people and its edition's managers. */
    public Entry readableEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = entries.find(entryId).orElse(null);
        if (entry == null
                || !(manages(user, entry.getCompetition())
                        || belongsTo(user, entry.getOrganisation().getId()))) {
            throw DomainException.notFound();
        }
        return entry;
    }

    /** The entry, when the current user may act for its organisation (edit, submit, withdraw, answer). */
    public Entry ownEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = entries.find(entryId).orElse(null);
        if (entry == null || !actsFor(user, entry.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        return entry;
    }
}
