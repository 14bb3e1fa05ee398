package org.greenhub.incubation.residency.domain;

import java.util.Optional;

/** Each incubator's residency policy, where it differs from the defaults. */
public interface ResidencyPolicyRepository {

    Optional<ResidencyPolicy> find(long incubatorId);

    void add(ResidencyPolicy policy);
}
