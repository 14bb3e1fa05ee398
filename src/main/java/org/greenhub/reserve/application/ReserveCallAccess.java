package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * Who manages a reserve call and its projects, decided on the server for the record at hand: administrators manage
 * every call; a programme manager only the calls that name them. Anyone else is told "not found", exactly as for an
 * id that does not exist, so a manager cannot learn which calls or projects another manager runs.
 */
@ApplicationScoped
public class ReserveCallAccess {

    @Inject
    ReserveRepository reserve;

    @Inject
    CurrentUser currentUser;

    public static boolean manages(UserAccount user, ReserveCall call) {
        return user.hasRole(Role.ADMINISTRATOR)
                || (user.hasRole(Role.PROGRAMME_MANAGER) && call.isManagedBy(user.getId()));
    }

    /** The call, when the current user manages it; otherwise "not found". */
    public ReserveCall managedCall(long callId) {
        UserAccount user = currentUser.require();
        ReserveCall call = reserve.findCall(callId).orElse(null);
        if (call == null || !manages(user, call)) {
            throw DomainException.notFound();
        }
        return call;
    }

    /** The project, when the current user manages its call; otherwise "not found". */
    public ReserveProject managedProject(long projectId) {
        ReserveProject project = reserve.findProject(projectId).orElseThrow(DomainException::notFound);
        managedCall(project.getCallId());
        return project;
    }

    /** The administrator acting; anyone else is refused (administrators create calls and name their managers). */
    public UserAccount requireAdministrator() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
