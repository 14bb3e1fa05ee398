package org.greenhub.evaluation.domain;

/**
 * The value that places a subject in a ranking scope: its group, its track, both, or the whole round. Quotas and
 * decisions are stored under this value, so it is written the same way everywhere.
 */
public final class ScopeKey {

    public static final String WHOLE_ROUND = "*";
    /** A subject without a group (or track) is ranked with the others that have none. */
    public static final String NONE = "-";

    private ScopeKey() {}

    public static String of(AdvancementScope scope, String groupName, String track) {
        return switch (scope) {
            case WHOLE_ROUND -> WHOLE_ROUND;
            case PER_GROUP -> orNone(groupName);
            case PER_TRACK -> orNone(track);
            case PER_GROUP_AND_TRACK -> orNone(groupName) + " / " + orNone(track);
        };
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
