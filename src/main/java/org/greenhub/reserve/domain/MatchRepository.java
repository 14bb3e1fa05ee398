package org.greenhub.reserve.domain;

import java.util.Optional;

/** Funders' matches with listed projects, and their threads. */
public interface MatchRepository {

    Optional<Match> find(long id);

    boolean exists(long projectId, long funderOrganisationId);

    /** Stores a new match and gives it its id (a second interest of the same institution loses on the unique key). */
    void add(Match match);

    void add(MatchMessage message);
}
