package org.greenhub.reserve.domain;

import java.util.List;
import java.util.Optional;

/** Funders' saved searches. */
public interface SavedSearchRepository {

    Optional<SavedSearch> find(long id);

    List<SavedSearch> ofUser(long userId);

    void add(SavedSearch search);

    void remove(SavedSearch search);
}
