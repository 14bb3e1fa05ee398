package org.greenhub.reserve.domain;

/**
 * The first level of the national Green Industry Guidance Catalogue (2019), which the reserve's projects are declared
 * under. Sub-categories are kept by the reserve's managers as data, since the catalogue's lower levels change more
 * often than its six headings.
 */
public enum GreenCategory {
    ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION,
    CLEAN_PRODUCTION,
    CLEAN_ENERGY,
    ECOLOGICAL_ENVIRONMENT,
    GREEN_INFRASTRUCTURE_UPGRADE,
    GREEN_SERVICES
}
