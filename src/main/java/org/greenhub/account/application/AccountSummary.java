package org.greenhub.account.application;

import java.io.Serializable;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.i18n.Language;

/**
 * An account as pages and the session need it: who it is, its language, its roles, and the session version a
 * signed-in session is bound to (a password change moves it). Pages hold this, never the account itself.
 */
public record AccountSummary(
        long id, String email, String displayName, Language language, int sessionVersion, List<Role> roles)
        implements Serializable {

    public static AccountSummary of(UserAccount account) {
        return new AccountSummary(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getLanguage(),
                account.getSessionVersion(),
                account.getRoles().stream().sorted().toList());
    }

    /** The role whose dashboard the account lands on (as {@link UserAccount#primaryRole()}). */
    public Role primaryRole() {
        return roles.isEmpty() ? Role.APPLICANT : roles.get(0);
    }
}
