package org.greenhub.account.domain;

public enum AccountStatus {
    /** Registered, e-mail address not yet confirmed: cannot sign in. */
    PENDING_CONFIRMATION,
    /** Invited by an administrator, no password chosen yet. */
    INVITED,
    ACTIVE,
    /** Disabled by an administrator: cannot sign in, sessions ended. */
    DISABLED;

    public String messageKey() {
        return "account.status." + name();
    }
}
