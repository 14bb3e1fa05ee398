package org.greenhub.platform.concurrency;

import org.greenhub.platform.error.DomainException;

/**
 * What a caller's {@code If-Match} header said (null when it sent none). A use case checks it against the record it
 * has just read, after its access check and in the transaction that changes the record, so that a change committed
 * between the caller's request and the update cannot slip past the check (a check in a transaction of its own, before
 * the update's, would leave that gap). Plain text, no JAX-RS type: the API layer reads the header
 * ({@code platform.api.EntityTags#ifMatch}) and the problem mapping answers the refusals as 428 and 412.
 */
public record IfMatch(String header) {

    /**
     * Refuses the change unless the header names {@code current} (a {@link VersionTag}) or {@code *}: without a header
     * 428 (so that a script cannot overwrite a change it never saw), with a stale one 412.
     */
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
