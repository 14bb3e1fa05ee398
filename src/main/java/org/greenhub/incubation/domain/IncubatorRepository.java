package org.greenhub.incubation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Incubators as stored. */
public interface IncubatorRepository {

    Optional<Incubator> find(long id);

    void add(Incubator incubator);

    /** Every incubator's id, in id order. */
    List<Long> allIds();

    /** The ids of the incubators naming this user as a manager, in id order. */
    List<Long> idsManagedBy(long userId);

    /** The incubators with these ids, in id order. */
    List<Incubator> withIds(Collection<Long> ids);
}
