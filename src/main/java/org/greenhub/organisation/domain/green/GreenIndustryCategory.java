package org.greenhub.organisation.domain.green;

/** Top level of the green industry catalogue. */
public enum GreenIndustryCategory {
    ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
    CLEAN_PRODUCTION,
    CLEAN_ENERGY,
    ECOLOGICAL_ENVIRONMENT,
    GREEN_INFRASTRUCTURE_UPGRADE,
    GREEN_SERVICES;

    public String messageKey() {
        return "green.category." + name();
    }
}
