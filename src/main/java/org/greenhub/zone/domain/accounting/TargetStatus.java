package org.greenhub.zone.domain.accounting;

/** Whether a zone-year's figure reaches its target (a missing figure or target has no status). */
public enum TargetStatus {
    MET,
    NOT_MET
}
