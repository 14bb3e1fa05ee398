package org.greenhub.reserve.domain;

import java.util.Optional;

/** The verified funders, one per financial institution. */
public interface FunderRepository {

    Optional<VerifiedFunder> findByOrganisation(long organisationId);

    void add(VerifiedFunder funder);

    void remove(VerifiedFunder funder);
}
