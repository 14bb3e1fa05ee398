package org.greenhub.organisation.domain;

public enum OrganisationKind {
    START_UP,
    ENTERPRISE,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    NEW_TYPE_RD_INSTITUTION,
    INCUBATOR_OPERATOR,
    INVESTOR,
    GOVERNMENT_BODY,
    /** A bank, fund, bond underwriter or insurer; its {@link InstitutionType} says which. */
    FINANCIAL_INSTITUTION;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
