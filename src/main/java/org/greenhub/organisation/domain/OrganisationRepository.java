package org.greenhub.organisation.domain;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Organisation add(Organisation organisation);

    void addAffiliation(Affiliation affiliation);

    boolean registrationCodeTaken(String code, Long exceptId);

    /** Current and past affiliations of a person, organisations fetched. */
    List<Affiliation> affiliationsOf(long userId);

    /** All affiliations of an organisation, people fetched. */
    List<Affiliation> people(long organisationId);

    Optional<Affiliation> findAffiliation(long id);

    List<Organisation> page(OrganisationQuery query, int first, int size);

    long count(OrganisationQuery query);

    record OrganisationQuery(String text, OrganisationKind kind, String sortField, boolean ascending) {}
}
