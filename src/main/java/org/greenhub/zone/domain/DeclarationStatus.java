package org.greenhub.zone.domain;

/** Where an annual declaration stands: filed and waiting, sent back with a reason, or accepted by the zone. */
public enum DeclarationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public String messageKey() {
        return "zone.declaration.status." + name();
    }
}
