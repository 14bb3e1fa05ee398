package org.greenhub.evaluation.application;

import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;

/** Who may set up rounds, panels and assignments: programme managers, and administrators. */
final class ManagerAccess {

    private ManagerAccess() {
    }

    static UserAccount require(CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        if (!isManager(user)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    static boolean isManager(UserAccount user) {
        return user.hasRole(Role.PROGRAMME_MANAGER) || user.hasRole(Role.ADMINISTRATOR);
    }
}
