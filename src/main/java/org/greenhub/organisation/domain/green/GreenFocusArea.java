package org.greenhub.organisation.domain.green;

/** The key fields for green technology named by the policy; used as competition tracks and application categories. */
public enum GreenFocusArea {
    ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
    CLEAN_PRODUCTION,
    CLEAN_ENERGY,
    ECOLOGICAL_PROTECTION_RESTORATION,
    OZONE_POLLUTION_CONTROL,
    RESOURCE_RECOVERY_RECYCLING,
    URBAN_GREEN_GOVERNANCE;

    public String messageKey() {
        return "green.focus." + name();
    }
}
