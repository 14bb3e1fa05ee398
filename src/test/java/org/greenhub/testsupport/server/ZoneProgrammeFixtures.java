package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Programme rows for a zone's counted indicators, written by SQL in the programmes' own columns (what their pages
 * would have stored): incubators linked to a zone, residencies, entries to an edition and final awards. The zone's
 * counts read them only through the programmes' published reads.
 */
@ApplicationScoped
public class ZoneProgrammeFixtures {

    @PersistenceContext
    EntityManager em;

    /**
     * An incubator of the kind, linked to the zone record, registered on the first day of {@code sinceYear}, with a name
     * as every incubator has (the incubators' list links each by its name: a nameless one was an empty link).
     */
    @Transactional
    public long incubator(long zoneId, long operatorOrganisationId, String kind, int sinceYear) {
        long id = ((Number) TestTime.nativeQuery(em, """
                                insert into incubator (operator_organisation_id, kind, zone_id, created_at)
                                values (?1, ?2, ?3, ?4) returning id""")
                        .setParameter(1, operatorOrganisationId)
                        .setParameter(2, kind)
                        .setParameter(3, zoneId)
                        .setParameter(4, Timestamp.valueOf(LocalDateTime.of(sinceYear, 1, 1, 12, 0)))
                        .getSingleResult())
                .longValue();
        TestTime.nativeQuery(em, "insert into incubator_name (incubator_id, language, name) values (?1, 'en', ?2)")
                .setParameter(1, id)
                .setParameter(2, "Zone programme incubator " + id)
                .executeUpdate();
        return id;
    }

    /** A residency from {@code start}, graduated on {@code graduated} (or still running when null). */
    @Transactional
    public long residency(long incubatorId, long organisationId, LocalDate start, LocalDate graduated) {
        return ((Number) TestTime.nativeQuery(em, """
                                insert into residency (incubator_id, organisation_id, start_date, max_months, space_kind,
                                                       report_frequency, status, origin, graduated_on, created_at)
                                values (?1, ?2, ?3, 36, 'OFFICE', 'QUARTERLY', ?4, 'DIRECT', ?5, ?6) returning id""")
                        .setParameter(1, incubatorId)
                        .setParameter(2, organisationId)
                        .setParameter(3, start)
                        .setParameter(4, graduated == null ? "ACTIVE" : "GRADUATED")
                        .setParameter(5, graduated)
                        .setParameter(6, TestTime.now())
                        .getSingleResult())
                .longValue();
    }

    /**
     * A periodic report of the residency for the quarter ending on {@code periodEnd}, in the status (SUBMITTED or
     * EXPECTED), giving the emissions avoided in the period.
     */
    @Transactional
    public void report(long residencyId, LocalDate periodEnd, String status, String co2AvoidedT) {
        TestTime.nativeQuery(em, """
                        insert into residency_report (residency_id, kind, period_start, period_end, due_date, status,
                                                      revenue, employees, emissions_avoided_tco2e, submitted_at)
                        values (?1, 'PERIODIC', ?2, ?3, ?4, ?5, 100000, 5, ?6, ?7)""")
                .setParameter(1, residencyId)
                .setParameter(2, periodEnd.minusMonths(3).plusDays(1))
                .setParameter(3, periodEnd)
                .setParameter(4, periodEnd.plusDays(15))
                .setParameter(5, status)
                .setParameter(6, new java.math.BigDecimal(co2AvoidedT))
                .setParameter(7, "SUBMITTED".equals(status) ? Timestamp.valueOf(periodEnd.atTime(12, 0)) : null)
                .executeUpdate();
    }

    /** The green figures an entry declared (its GreenMetrics columns): energy saved (MWh a year), CO2 avoided (t). */
    @Transactional
    public void greenFigures(long entryId, String energySavedMwh, String co2AvoidedT) {
        TestTime.nativeQuery(em, """
                        update competition_entry set green_energy_saved_mwh = ?1, green_emissions_avoided_tco2e = ?2
                        where id = ?3""")
                .setParameter(1, new java.math.BigDecimal(energySavedMwh))
                .setParameter(2, new java.math.BigDecimal(co2AvoidedT))
                .setParameter(3, entryId)
                .executeUpdate();
    }

    /** An entry of the organisation, in the status, to the edition. */
    @Transactional
    public long entry(long competitionId, long organisationId, long createdBy, String status) {
        return ((Number) TestTime.nativeQuery(em, """
                                insert into competition_entry (competition_id, organisation_id, created_by, group_code,
                                       track, status, project_title, search_key, created_at, updated_at)
                                values (?1, ?2, ?3, 'START_UP', 'CLEAN_ENERGY', ?4, 'Zone count project', 'zone', ?5, ?5)
                                returning id""")
                        .setParameter(1, competitionId)
                        .setParameter(2, organisationId)
                        .setParameter(3, createdBy)
                        .setParameter(4, status)
                        .setParameter(5, TestTime.now())
                        .getSingleResult())
                .longValue();
    }

    /** Moves an edition's submission window to close in the middle of {@code year}. */
    @Transactional
    public void closesIn(long competitionId, int year) {
        TestTime.nativeQuery(
                        em, "update competition set submission_opens_at = ?1, submission_closes_at = ?2 where id = ?3")
                .setParameter(
                        1, Timestamp.from(LocalDateTime.of(year, 5, 1, 0, 0).toInstant(ZoneOffset.UTC)))
                .setParameter(
                        2, Timestamp.from(LocalDateTime.of(year, 6, 30, 0, 0).toInstant(ZoneOffset.UTC)))
                .setParameter(3, competitionId)
                .executeUpdate();
    }

    /**
     * A result of the edition in the status, finalised in the middle of {@code year}, with one award per entry in the
     * award status (its round and rubric are bare rows: nothing here is judged).
     */
    @Transactional
    public void result(
            long competitionId, long proposedBy, String status, int year, String awardStatus, long... entryIds) {
        long rubric = ((Number) TestTime.nativeQuery(
                                em,
                                "insert into rubric (programme_key, name, created_at) values (?1, 'Zone count rubric', ?2) returning id")
                        .setParameter(1, "competition:" + competitionId)
                        .setParameter(2, TestTime.now())
                        .getSingleResult())
                .longValue();
        long round = ((Number) TestTime.nativeQuery(em, """
                                insert into evaluation_round (programme_key, name, rubric_id, judges_per_entry, opens_at,
                                       closes_at, score_visibility, aggregation_method, advancement_rule,
                                       advancement_scope, status, created_at)
                                values (?1, 'Final', ?2, 1, ?3, ?4, 'NEVER', 'MEAN', 'NONE', 'WHOLE_ROUND', 'CLOSED', ?5)
                                returning id""")
                        .setParameter(1, "competition:" + competitionId)
                        .setParameter(2, rubric)
                        .setParameter(3, Timestamp.valueOf(LocalDateTime.of(year, 6, 1, 0, 0)))
                        .setParameter(4, Timestamp.valueOf(LocalDateTime.of(year, 6, 2, 0, 0)))
                        .setParameter(5, TestTime.now())
                        .getSingleResult())
                .longValue();
        Timestamp finalised = Timestamp.from(LocalDateTime.of(year, 7, 1, 4, 0).toInstant(ZoneOffset.UTC));
        long result = ((Number) TestTime.nativeQuery(em, """
                                insert into award_result (competition_id, evaluation_round_id, status, proposed_by,
                                       proposed_at, finalised_at, results_sha256)
                                values (?1, ?2, ?3, ?4, ?5, ?6, repeat('0', 64)) returning id""")
                        .setParameter(1, competitionId)
                        .setParameter(2, round)
                        .setParameter(3, status)
                        .setParameter(4, proposedBy)
                        .setParameter(5, finalised)
                        .setParameter(6, "FINAL".equals(status) ? finalised : null)
                        .getSingleResult())
                .longValue();
        int rank = 1;
        for (long entry : entryIds) {
            TestTime.nativeQuery(em, """
                            insert into award (result_id, entry_id, group_code, track, tier, tier_order, ranking_rank,
                                               score, status, awardee_name, entry_title, verification_code)
                            values (?1, ?2, 'START_UP', 'CLEAN_ENERGY', 'FIRST', 1, ?3, 90, ?4, 'Zone awardee',
                                    'Zone count project', ?5)""")
                    .setParameter(1, result)
                    .setParameter(2, entry)
                    .setParameter(3, rank++)
                    .setParameter(4, awardStatus)
                    .setParameter(5, "Z" + TestData.unique("").replace("-", ""))
                    .executeUpdate();
        }
    }

    /** A membership of the organisation in the alliance, valid over the dates (open-ended when {@code to} is null). */
    @Transactional
    public void membership(long allianceId, long categoryId, long organisationId, LocalDate from, LocalDate to) {
        TestTime.nativeQuery(em, """
                        insert into alliance_membership (alliance_id, organisation_id, category_id, status, sort_name,
                                                         search_key, valid_from, valid_to, applied_at)
                        values (?1, ?2, ?3, 'ACTIVE', 'Zone member', 'zone member', ?4, ?5, ?6)""")
                .setParameter(1, allianceId)
                .setParameter(2, organisationId)
                .setParameter(3, categoryId)
                .setParameter(4, from)
                .setParameter(5, to)
                .setParameter(6, TestTime.now())
                .executeUpdate();
    }
}
