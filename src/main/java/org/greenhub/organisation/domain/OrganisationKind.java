package org.greenhub.organisation.domain;

public enum OrganisationKind {
    START_UP,
    ENTERPRISE,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    NEW_TYPE_RD_INSTITUTION,
    INCUBATOR_OPERATOR,
    INVESTOR,
    GOVERNMENT_BODY;

    public String messageKey() {
        return "organisation.kind." + name();
    }
}
