package org.greenhub.account.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the API a personal access token can be limited to, one per feature that has resources. A resource
 * belongs to the area of the feature its class is in ({@code org.greenhub.<feature>...}); the platform's own
 * resources (health) belong to none and answer every token.
 */
public enum ApiArea {
    /** The account and its organisations: {@code /api/me}, administrators' user resources. */
    ACCOUNT("account", "organisation"),
    COMPETITION("competition"),
    EVALUATION("evaluation"),
    INCUBATION("incubation"),
    ALLIANCE("alliance"),
    PUBLICATION("publication"),
    ZONE("zone"),
    RESERVE("reserve");

    private final String[] features;

    ApiArea(String... features) {
        this.features = features;
    }

    /** The area a resource class belongs to, from its package; empty for the platform's resources. */
    public static Optional<ApiArea> ofResource(String className) {
        String prefix = "org.greenhub.";
        if (className == null || !className.startsWith(prefix)) {
            return Optional.empty();
        }
        int dot = className.indexOf('.', prefix.length());
        String feature = dot < 0 ? "" : className.substring(prefix.length(), dot);
        return Arrays.stream(values())
                .filter(area -> Arrays.asList(area.features).contains(feature))
                .findFirst();
    }

    public String messageKey() {
        return "account.token.area." + name();
    }
}
