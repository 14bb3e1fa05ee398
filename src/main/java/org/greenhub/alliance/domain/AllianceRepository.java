package org.greenhub.alliance.domain;

import java.util.List;
import java.util.Optional;

/** Alliances with their member categories, council and documents, as stored. */
public interface AllianceRepository {

    Optional<Alliance> find(long id);

    /** Locks the alliance row until the transaction ends and reads it again (membership numbers are counted on it). */
    void lock(Alliance alliance);

    void add(Alliance alliance);

    /** Whether another alliance has this code, ignoring case. */
    boolean codeTaken(String code);

    /** Every alliance with its lead organisation, by English name. */
    List<Alliance> all();

    /** The alliances whose secretariat includes the user, by English name. */
    List<Alliance> coordinatedBy(long userId);

    void addCategory(MemberCategory category);

    Optional<MemberCategory> findCategory(long id);

    /** The alliance's member categories in their order. */
    List<MemberCategory> categoriesOf(long allianceId);

    void addCouncilMember(CouncilMember member);

    Optional<CouncilMember> findCouncilMember(long id);

    void removeCouncilMember(CouncilMember member);

    void addDocument(AllianceDocument document);

    Optional<AllianceDocument> findDocument(long id);

    /** The alliance's own documents (not a membership's), newest first. */
    List<AllianceDocument> documentsOf(long allianceId);

    /** A membership's documents, newest first. */
    List<AllianceDocument> documentsOfMembership(long membershipId);
}
