package org.greenhub.organisation.domain;

import java.util.List;
import java.util.Optional;

/** The restricted-entry list as stored. */
public interface RestrictedActivityRepository {

    Optional<RestrictedActivity> find(long id);

    /** Active entries, by code. */
    List<RestrictedActivity> active();

    /** Every entry, active ones first, then by code. */
    List<RestrictedActivity> all();

    boolean codeTaken(String code);

    /** Stores a new entry and flushes, so that its id is known for the audit record. */
    RestrictedActivity add(RestrictedActivity activity);
}
