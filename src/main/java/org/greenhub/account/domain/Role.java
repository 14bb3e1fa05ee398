package org.greenhub.account.domain;

/** What a user may do in GreenHub; each role has its own dashboard. Listed from the widest to the narrowest. */
public enum Role {
    ADMINISTRATOR("/dashboard/admin.xhtml"),
    PROGRAMME_MANAGER("/dashboard/manager.xhtml"),
    ALLIANCE_COORDINATOR("/dashboard/coordinator.xhtml"),
    /** Named per zone by an administrator (zone feature); sees only the zones that name them. */
    ZONE_ADMINISTRATOR("/zone/home.xhtml"),
    JUDGE("/dashboard/judge.xhtml"),
    /** A verified financial institution's people (reserve feature): they read the reserve and mark interest. */
    FUNDER("/reserve/funder/home.xhtml"),
    APPLICANT("/dashboard/applicant.xhtml");

    private final String dashboard;

    Role(String dashboard) {
        this.dashboard = dashboard;
    }

    public String dashboard() {
        return dashboard;
    }

    public String messageKey() {
        return "account.role." + name();
    }
}
