package org.greenhub.competition.award.application;

import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.platform.error.DomainException;

/** Who may run a competition's awards: that edition's managers, and administrators. Others get "not found". */
final class AwardAccess {

    private AwardAccess() {
    }

    static boolean mayManage(UserAccount user, Competition competition) {
        return user.hasRole(Role.ADMINISTRATOR) || (user.hasRole(Role.PROGRAMME_MANAGER) && competition.isManagedBy(user.getId()));
    }

    static void requireManager(UserAccount user, Competition competition) {
        if (!mayManage(user, competition)) {
            throw DomainException.notFound();
        }
    }
}
