package org.greenhub.reserve.domain;

/** The documents a call may require with a declaration (each checked by content when uploaded, as elsewhere). */
public enum EvidenceKind {
    FEASIBILITY_STUDY,
    ENVIRONMENTAL_IMPACT_APPROVAL,
    ENERGY_ASSESSMENT
}
