package org.greenhub.platform.concurrency;

/**
 * The tag that names a record at one version, for optimistic concurrency: a {@code GET} answers it as the record's
 * {@code ETag}, and an update must send it back in {@code If-Match} ({@link IfMatch}). Here rather than in the API
 * layer because the use cases compute it from the record they read, in their own transaction.
 */
public final class VersionTag {

    private VersionTag() {}

    /**
     * The strong tag of a record at a version, quoted as the {@code ETag} header carries it ({@code "id-version"}).
     * A plain string rather than JAX-RS's {@code EntityTag}, so that use cases and unit tests need no JAX-RS runtime.
     */
    public static String of(long id, long version) {
        return "\"" + id + "-" + version + "\"";
    }
}
