package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** Annual declarations, one row per version of an enterprise-year. */
public interface DeclarationRepository {

    Optional<Declaration> find(long id);

    /** The newest version of an enterprise's declaration for a year to a zone, if it filed one. */
    Optional<Declaration> latest(long zoneId, long organisationId, int year);

    /** Every version of an enterprise-year's declaration, oldest first. */
    List<Declaration> versions(long zoneId, long organisationId, int year);

    /**
     * What a zone's carbon accounts count: for every enterprise-year of the zone up to {@code lastYear}, its newest
     * accepted version (a correction under review leaves the accepted one counting), by enterprise and year.
     */
    List<AcceptedFigures> acceptedUpTo(long zoneId, int lastYear);

    /**
     * The newest accepted version of every enterprise-year of one zone and year, as values (the enterprises of a year
     * the dashboard lists).
     */
    List<AcceptedFigures> acceptedIn(long zoneId, int year);

    /**
     * For each of the zones and years, the sums of their newest accepted versions, and of those of the enterprises also
     * accepted the year before (with that year's figures), in one statement for any number of zones; a zone-year
     * without an accepted declaration has no row.
     */
    List<AcceptedSums> acceptedSums(java.util.Collection<Long> zoneIds, java.util.Collection<Integer> years);

    /**
     * For the sector median: the newest filed version of each other enterprise's declaration for the year in the zone
     * whose organisation's sector is this one (ignoring case), if that version is submitted or accepted.
     */
    List<Declaration> sectorPeers(long zoneId, int year, String sector, long exceptOrganisationId);

    /** The newest accepted version of an enterprise-year, if the zone accepted one. */
    Optional<Declaration> accepted(long zoneId, long organisationId, int year);

    /** Stores an evidence link and flushes. */
    void addEvidence(DeclarationEvidence evidence);

    Optional<DeclarationEvidence> findEvidence(long id);

    /** A version's evidence links, oldest first. */
    List<DeclarationEvidence> evidence(long declarationId);

    /** One page of a version's evidence links, oldest first. */
    List<DeclarationEvidence> evidence(long declarationId, int first, int max);

    /** How many evidence links a version has. */
    long evidenceCount(long declarationId);

    /** Stores a new version and flushes, so that a second version with the same number fails here, as a conflict. */
    void add(Declaration declaration);

    /**
     * How many enterprises' declarations for a zone-year stand in each status, each enterprise counted once by its
     * latest version (the annual report's declaration counts).
     */
    java.util.Map<DeclarationStatus, Long> latestStatusCounts(long zoneId, int year);

    /**
     * The sums the share indicators are computed from, one per year from {@code firstYear} to {@code lastYear} that has
     * an accepted declaration (each enterprise-year's newest accepted version once), in year order.
     */
    List<DeclarationShares> shares(long zoneId, int firstYear, int lastYear);

    /** The same for several zones in one statement: each zone asked, by id. */
    java.util.Map<Long, List<DeclarationShares>> shares(
            java.util.Collection<Long> zoneIds, int firstYear, int lastYear);
}
