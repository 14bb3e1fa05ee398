package org.greenhub.reserve.domain;

import java.util.Optional;

/** The reserve's calls and the projects declared through them. */
public interface ReserveRepository {

    Optional<ReserveCall> findCall(long id);

    Optional<ReserveProject> findProject(long id);

    /** Stores a new call and gives it its id. */
    void add(ReserveCall call);

    /** Stores a new project and gives it its id. */
    void add(ReserveProject project);
}
