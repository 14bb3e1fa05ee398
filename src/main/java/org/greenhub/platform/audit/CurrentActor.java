package org.greenhub.platform.audit;

import java.util.Optional;

/** Who is acting in the current request; the account feature provides it, the platform only reads it. */
public interface CurrentActor {

    Optional<Long> actorId();

    Optional<String> actorEmail();

    Optional<String> clientAddress();
}
