package org.greenhub.evaluation.domain;

import java.util.Optional;

/** Rubrics (criteria with weights and scales) that rounds score with. */
public interface RubricRepository {

    Optional<Rubric> find(long id);

    void add(Rubric rubric);
}
