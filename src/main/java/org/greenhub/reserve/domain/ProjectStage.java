package org.greenhub.reserve.domain;

/** How far a declared project has come; funders filter on it (a guidance fund rarely backs a concept). */
public enum ProjectStage {
    CONCEPT,
    PILOT,
    CONSTRUCTION,
    OPERATION,
    EXPANSION
}
