package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;

/**
 * Who may see a project's financing and results: its owner (a person currently affiliated with the project's
 * organisation), a reserve manager (a programme manager named on the project's call) and administrators (reading
 * only). Only projects that were listed have financing; for anyone else, and for any other project, "not found".
 */
@ApplicationScoped
public class FinancingAccess {

    /** The caller's relation to a project; an administrator who is neither reads only. */
    public enum Relation {
        OWNER,
        MANAGER,
        ADMINISTRATOR
    }

    @Inject
    OrganisationService organisations;

    @Inject
    FinancingRepository financing;

    @Inject
    Clock clock;

    public Relation relation(ReserveProject project, UserAccount user) {
        if (project.getStatus() != ProjectStatus.LISTED && project.getStatus() != ProjectStatus.LAPSED) {
            throw DomainException.notFound();
        }
        LocalDate today = LocalDate.now(clock);
        boolean owner = organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.isCurrent(today) && a.getOrganisation().getId() == project.getOrganisationId());
        if (owner) {
            return Relation.OWNER;
        }
        if (manages(project.getCallId(), user)) {
            return Relation.MANAGER;
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return Relation.ADMINISTRATOR;
        }
        throw DomainException.notFound();
    }

    public boolean manages(long callId, UserAccount user) {
        return user.hasRole(Role.PROGRAMME_MANAGER) && financing.managesCall(callId, user.getId());
    }
}
