package org.greenhub.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.greenhub.platform.error.DomainException;

/**
 * Optimistic concurrency for API updates: a record's {@code ETag} is its id and version, a {@code GET} answers it,
 * and an update must send it back in {@code If-Match}. Without it the update answers 428 (so a script cannot
 * overwrite a change it never saw); with a stale one 412, and nothing is stored.
 */
public final class EntityTags {

    private EntityTags() {}

    /**
     * The strong tag of a record at a version, quoted as the {@code ETag} header carries it ({@code "id-version"}).
     * A plain string rather than JAX-RS's {@code EntityTag}, so that use cases and unit tests need no JAX-RS runtime.
     */
    public static String of(long id, long version) {
        return "\"" + id + "-" + version + "\"";
    }

    /** Refuses the update unless {@code If-Match} names the current tag (or {@code *}). */
    public static void requireMatch(HttpHeaders headers, String current) {
        requireMatch(headers.getHeaderString(HttpHeaders.IF_MATCH), current);
    }

    /**
     * As {@link #requireMatch(HttpHeaders, String)}, for the {@code If-Match} value a resource hands to its use case,
     * so that the check runs in the same transaction as the change it guards (null or blank: the header was absent).
     */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(
                    DomainException.Kind.PRECONDITION_REQUIRED, "platform.api.ifMatch.required", null);
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "platform.api.ifMatch.stale", null);
    }
}
