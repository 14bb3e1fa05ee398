package org.greenhub.alliance.domain;

import java.util.List;
import java.util.Optional;

/** The yearly member evaluations, as stored. */
public interface MemberEvaluationRepository {

    Optional<MemberEvaluation> find(long id);

    void add(MemberEvaluation evaluation);

    /** An alliance's evaluations of one year. */
    List<MemberEvaluation> of(long allianceId, int year);
}
