package org.greenhub.incubation.residency.domain;

/** How the residency began: an accepted intake offer, or entered by a manager (e.g. an existing resident). */
public enum ResidencyOrigin {
    OFFER,
    DIRECT
}
