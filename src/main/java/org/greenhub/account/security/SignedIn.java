package org.greenhub.account.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the HTTP session remembers of a sign-in: small and serializable, so sessions replicate between nodes.
 * The account itself is re-read on every request, so a disabled account or a changed password takes effect at once.
 */
public record SignedIn(long userId, int sessionVersion, Instant signedInAt) implements Serializable {

    public static final String SESSION_KEY = "greenhub.signedIn";
}
