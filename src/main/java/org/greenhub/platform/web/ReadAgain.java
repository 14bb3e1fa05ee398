package org.greenhub.platform.web;

import java.util.function.Supplier;
import org.greenhub.platform.error.DomainException;

/**
 * What a view-scoped bean keeps out of the session ({@code transient}) is read again by the node that receives the view
 * without it, after a failover, through the same use case and access check as the first read. If that read is refused
 * now (the caller's role or record withdrawn meanwhile), the view shows the fallback (nothing) instead of the error page;
 * the next page the caller opens answers 404 as its first read would.
 */
public final class ReadAgain {

    private ReadAgain() {}

    public static <T> T orWhenRefused(Supplier<T> read, T whenRefused) {
        try {
            return read.get();
        } catch (DomainException refused) {
            return whenRefused;
        }
    }
}
