package org.greenhub.platform.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenhub.platform.error.DomainException;

/**
 * Filters and path segments read from an API address: absent means "no filter", anything else must be a value of
 * the list or a record's number, or the call answers 400 naming the parameter and what it may be, in the caller's
 * language. Never a silently ignored filter, which would answer more than was asked for.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** One of an enum's constants by name, in any case; null when absent. */
    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.badRequest(
                    parameter,
                    "platform.api.query.oneOf",
                    parameter,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A record's number (1 and up); null when absent. */
    public static Long id(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a number below 1 is
        }
        throw DomainException.badRequest(parameter, "platform.api.query.id", parameter);
    }
}
