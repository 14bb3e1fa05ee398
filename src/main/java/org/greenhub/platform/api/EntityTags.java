package org.greenhub.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.greenhub.platform.concurrency.IfMatch;

/**
 * The HTTP side of optimistic concurrency for API updates: a record's {@code GET} answers its
 * {@link org.greenhub.platform.concurrency.VersionTag} as the {@code ETag} header, and an update reads the caller's
 * {@code If-Match} here and hands it to the use case, which checks it ({@link IfMatch#require}) in the transaction of
 * its change. The refusals are {@code DomainException}s of kind {@code PRECONDITION_REQUIRED} and
 * {@code PRECONDITION_FAILED}, which {@link ProblemMappers} answers as 428 and 412 problems.
 */
public final class EntityTags {

    private EntityTags() {}

    /** The request's {@code If-Match}, to be checked by the use case that changes the record. */
    public static IfMatch ifMatch(HttpHeaders headers) {
        return new IfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH));
    }
}
