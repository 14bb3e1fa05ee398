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

    /**
     * Refuses the update unless {@code If-Match} names the current tag (or {@code *}). Only where {@code current} was
     * read in the transaction that makes the change; a resource that calls a use case passes {@link #ifMatch} to it
     * instead, so that the check and the change share one transaction.
     */
    public static void requireMatch(HttpHeaders headers, String current) {
        ifMatch(headers).require(current);
    }

    /**
     * The same check on the header's value, for a use case that compares it inside the transaction of its change
     * (so no other change can slip in between the check and the write).
     */
    public static void requireMatch(String ifMatch, String current) {
        new IfMatch(ifMatch).require(current);
    }

    /** The request's {@code If-Match}, to be checked later by the use case that changes the record. */
    public static IfMatch ifMatch(HttpHeaders headers) {
        return new IfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }

    /**
     * What a caller's {@code If-Match} header said (null when it sent none). A use case checks it against the record
     * it has just read, in the transaction that changes the record, so that a change committed between the caller's
     * request and the update cannot slip past the check (a check in a transaction of its own, before the update's,
     * would leave that gap). Plain text, no JAX-RS type, so that use cases may take it.
     */
    public record IfMatch(String header) {

        /** Refuses (428 without the header, 412 when stale) unless the header names {@code current} or {@code *}. */
        public void require(String current) {
            if (header == null || header.isBlank()) {
                throw new DomainException(
                        DomainException.Kind.PRECONDITION_REQUIRED, "platform.api.ifMatch.required", null);
            }
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || tag.equals(current)) {
                    return;
                }
            }
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "platform.api.ifMatch.stale", null);
        }
    }
}
