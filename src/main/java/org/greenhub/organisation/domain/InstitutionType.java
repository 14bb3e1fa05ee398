package org.greenhub.organisation.domain;

/** The kinds of financial institution that fund green projects (issue 13's funders). */
public enum InstitutionType {
    BANK,
    GUIDANCE_FUND,
    VENTURE_FUND,
    GREEN_BOND_UNDERWRITER,
    INSURER;

    public String messageKey() {
        return "organisation.institutionType." + name();
    }
}
