package org.greenhub.incubation.residency.domain;

/** Services of "precision incubation" a resident uses. */
public enum IncubationService {
    SHARED_RND, TESTING, OUTSOURCING, FINANCING, MENTORING, TRAINING, IP_AND_LEGAL, MARKET_ACCESS;

    public String messageKey() {
        return "residency.service." + name();
    }
}
