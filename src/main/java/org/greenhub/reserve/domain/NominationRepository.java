package org.greenhub.reserve.domain;

import java.util.Optional;
import java.util.Set;

/** The reserve's nominations. */
public interface NominationRepository {

    Optional<ReserveNomination> find(long id);

    /** The organisations already nominated to this call. */
    Set<Long> organisationsNominatedTo(long callId);

    /** Stores a new nomination and gives it its id. */
    void add(ReserveNomination nomination);
}
