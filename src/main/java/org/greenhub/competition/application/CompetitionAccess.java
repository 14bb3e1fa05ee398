package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.Entry;
import org.greenhub.platform.error.DomainException;

import java.time.Clock;
import java.time.LocalDate;

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

    @PersistenceContext
    EntityManager em;

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
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null || !manages(user, competition)) {
            throw DomainException.notFound();
        }
        return competition;
    }

    /** Checks in one statement, without loading the edition, that the current user manages it; otherwise "not found". */
    public void requireManager(long competitionId) {
        UserAccount user = currentUser.require();
        long found = isAdministrator(user)
                ? em.createQuery("select count(c) from Competition c where c.id = :id", Long.class).setParameter("id", competitionId).getSingleResult()
                : user.hasRole(Role.PROGRAMME_MANAGER)
                ? em.createQuery("select count(c) from Competition c join c.managers m where c.id = :id and m.id = :user", Long.class)
                .setParameter("id", competitionId).setParameter("user", user.getId()).getSingleResult()
                : 0;
        if (found == 0) {
            throw DomainException.notFound();
        }
    }

    /** The entry, when the current user manages its edition; otherwise "not found". */
    public Entry managedEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = em.find(Entry.class, entryId);
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
        return em.createQuery("select a from Affiliation a where a.person.id = :user and a.organisation.id = :org",
                        org.greenhub.organisation.domain.Affiliation.class)
                .setParameter("user", user.getId()).setParameter("org", organisationId).getResultList().stream()
                .anyMatch(a -> a.isCurrent(today) && (!maintainers || a.getRole().maintainsRecord()));
    }

    /** Read access to an entry (its page, files, eligibility and released comments): its organisation's people and its edition's managers. */
    public Entry readableEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = em.find(Entry.class, entryId);
        if (entry == null || !(manages(user, entry.getCompetition()) || belongsTo(user, entry.getOrganisation().getId()))) {
            throw DomainException.notFound();
        }
        return entry;
    }

    /** The entry, when the current user may act for its organisation (edit, submit, withdraw, answer). */
    public Entry ownEntry(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = em.find(Entry.class, entryId);
        if (entry == null || !actsFor(user, entry.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        return entry;
    }
}
