package org.greenhub.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Organisation add(Organisation organisation);

    void addAffiliation(Affiliation affiliation);

    boolean registrationCodeTaken(String code, Long exceptId);

    /** Current and past affiliations of a person, organisations fetched. */
    List<Affiliation> affiliationsOf(long userId);

    /** One page of a person's affiliations valid on {@code today}, in {@link #affiliationsOf}'s order. */
    List<Affiliation> currentAffiliationsOf(long userId, LocalDate today, int offset, int limit);

    /** How many affiliations of a person are valid on {@code today}. */
    long countCurrentAffiliationsOf(long userId, LocalDate today);

    /** All affiliations of an organisation, people fetched. */
    List<Affiliation> people(long organisationId);

    /** One page of {@link #people(long)}, in its order. */
    List<Affiliation> people(long organisationId, int offset, int limit);

    /** How many affiliations {@link #people(long)} answers. */
    long countPeople(long organisationId);

    Optional<Affiliation> findAffiliation(long id);

    List<Organisation> page(OrganisationQuery query, int first, int size);

    long count(OrganisationQuery query);

    record OrganisationQuery(String text, OrganisationKind kind, String sortField, boolean ascending) {}
}
