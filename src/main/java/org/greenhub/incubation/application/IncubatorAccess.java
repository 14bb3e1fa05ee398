package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.platform.error.DomainException;

/**
 * Who may manage an incubator: administrators, and the programme managers named on that incubator. Every service
 * that changes an incubator's calls, applications, residencies or reports goes through {@link #requireManager}.
 * For anybody else the incubator does not exist (404), exactly like an unknown id.
 */
@ApplicationScoped
public class IncubatorAccess {

    @Inject
    IncubatorRepository incubators;

    @Inject
    CurrentUser currentUser;

    /**
     * @return the incubator, when the signed-in user manages it (or is an administrator)
     * @throws DomainException 401 when nobody is signed in, 404 for an unknown id or an incubator the user does not manage
     */
    public Incubator requireManager(long incubatorId) {
        UserAccount user = currentUser.require();
        Incubator incubator = incubators.find(incubatorId).orElse(null);
        if (incubator == null || !mayManage(user, incubator)) {
            throw DomainException.notFound();
        }
        return incubator;
    }

    /** Whether the signed-in user manages this incubator (false for anonymous users and unknown ids). */
    public boolean mayManage(long incubatorId) {
        UserAccount user = currentUser.account().orElse(null);
        if (user == null) {
            return false;
        }
        Incubator incubator = incubators.find(incubatorId).orElse(null);
        return incubator != null && mayManage(user, incubator);
    }

    /** Administrators manage every incubator; a programme manager the ones naming them. */
    public boolean mayManage(UserAccount user, Incubator incubator) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return user.hasRole(Role.PROGRAMME_MANAGER) && incubator.isManagedBy(user.getId());
    }

    /** The ids of the incubators the user manages (every incubator for an administrator), in id order. */
    public List<Long> managedIncubatorIds(UserAccount user) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return incubators.allIds();
        }
        if (!user.hasRole(Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        return incubators.idsManagedBy(user.getId());
    }

    /** The incubators the signed-in user manages; empty when not signed in. */
    public List<Long> managedIncubatorIds() {
        return currentUser.account().map(this::managedIncubatorIds).orElse(List.of());
    }
}
