package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.Mentor;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;

/** Incubators, open calls and start-ups for intake tests; dates are set in data (never waited for). */
@ApplicationScoped
public class IntakeFixtures {

    /** The smallest valid PDF the file inspector accepts. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public static final String ZONE = "Suzhou Industrial Park";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.greenhub.competition.application.EntryReferences entryReferences;

    /** An incubator in {@link #ZONE} taking clean energy and recycling projects, managed by the given managers. */
    @Transactional
    public long incubator(String name, long... managerIds) {
        Organisation operator =
                new Organisation(OrganisationKind.INCUBATOR_OPERATOR, TestData.unique("Operator"), TestTime.now());
        em.persist(operator);
        Incubator incubator = new Incubator(
                new Incubator.Details(
                        operator,
                        IncubatorKind.GREEN_PROFESSIONAL_INCUBATOR,
                        Map.of(Language.ENGLISH, name),
                        Set.of(GreenFocusArea.CLEAN_ENERGY, GreenFocusArea.RESOURCE_RECOVERY_RECYCLING),
                        ZONE,
                        new BigDecimal("1200"),
                        80,
                        Set.of(IncubatorServiceKind.SHARED_LAB),
                        List.of(new Mentor("Chen Jing", "Battery recycling", null))),
                TestTime.now());
        for (long manager : managerIds) {
            incubator.addManager(manager);
        }
        em.persist(incubator);
        return incubator.getId();
    }

    /** A published call open since yesterday for thirty days. */
    @Transactional
    public long openCall(long incubatorId, String title, int capacity) {
        Instant now = TestTime.now();
        IntakeCall call = new IntakeCall(
                em.find(Incubator.class, incubatorId),
                new IntakeCall.Terms(
                        title,
                        "Spring cohort",
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(30)),
                        capacity,
                        24,
                        14),
                now);
        call.publish();
        em.persist(call);
        return call.getId();
    }

    /** A start-up founded {@code monthsOld} months ago in {@code zone}, with the user as its founder. */
    @Transactional
    public long startUp(long founderId, String name, int monthsOld, String zone, String sector) {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, TestData.unique(name), TestTime.now());
        organisation.describe(
                new Organisation.Details(
                        OrganisationKind.START_UP,
                        organisation.getLegalName(),
                        null,
                        null,
                        TestTime.today().minusMonths(monthsOld),
                        zone,
                        sector,
                        null),
                TestTime.now());
        em.persist(organisation);
        em.persist(new Affiliation(
                organisation,
                em.find(UserAccount.class, founderId),
                AffiliationRole.FOUNDER,
                TestTime.today().minusMonths(monthsOld),
                TestTime.now()));
        return organisation.getId();
    }

    /** Plausible, complete metrics. */
    public static GreenMetrics metrics() {
        GreenMetrics metrics = new GreenMetrics();
        metrics.setBaselineYear(TestTime.today().getYear() - 1);
        metrics.setCategory(GreenIndustryCategory.values()[0]);
        metrics.setBaselineEnergyUseMwh(new BigDecimal("1200"));
        metrics.setEnergySavedMwhPerYear(new BigDecimal("300"));
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("180.5"));
        metrics.setMethodNote("Metered savings at two pilot customers, grid factor 0.6 tCO2e/MWh.");
        return metrics;
    }

    /** Moves an open offer's deadline into the past, as if the start-up had let it lapse. */
    @Transactional
    public void letOfferLapse(long applicationId) {
        TestTime.nativeQuery(
                        em, "update intake_application set offer_deadline = now() - interval '1 hour' where id = ?1")
                .setParameter(1, applicationId)
                .executeUpdate();
    }

    @Transactional
    public String status(long applicationId) {
        return (String) TestTime.nativeQuery(em, "select status from intake_application where id = ?1")
                .setParameter(1, applicationId)
                .getSingleResult();
    }

    @Transactional
    public long count(String table) {
        return ((Number) TestTime.nativeQuery(em, "select count(*) from " + table)
                        .getSingleResult())
                .longValue();
    }

    /**
     * A competition whose entry by the organisation won a first prize, with a summary and green metrics (what the
     * competition feature stores), built through the competition's own classes and columns. Returns the entry id.
     */
    @Transactional
    public long awardWinningEntry(long organisationId, long founderId, String title) {
        Organisation organiser =
                new Organisation(OrganisationKind.GOVERNMENT_BODY, TestData.unique("Organiser"), TestTime.now());
        em.persist(organiser);
        org.greenhub.competition.domain.Competition competition = new org.greenhub.competition.domain.Competition(
                TestData.unique("cup").toLowerCase(),
                "Green Cup",
                "2026",
                organiser,
                TestTime.today().minusYears(2),
                TestTime.now().minus(Duration.ofDays(90)),
                TestTime.now().minus(Duration.ofDays(60)),
                "Asia/Shanghai",
                TestTime.now());
        competition.describe(Language.ENGLISH, TestData.unique("Green Cup 2026"), "A green competition");
        competition.tracks(List.of("CLEAN_ENERGY"));
        em.persist(competition);
        org.greenhub.competition.domain.Entry entry = new org.greenhub.competition.domain.Entry(
                competition,
                em.find(Organisation.class, organisationId),
                em.find(UserAccount.class, founderId),
                org.greenhub.competition.domain.CompetitionGroup.START_UP,
                "CLEAN_ENERGY",
                title,
                entryReferences.next(),
                TestTime.now());
        em.persist(entry);
        em.flush();
        TestTime.nativeQuery(em, """
                        update competition_entry set award_tier = 'FIRST', summary = 'Solar cold storage for farms, piloted in two villages.',
                               green_baseline_year = ?2, green_category = 'CLEAN_ENERGY', green_baseline_energy_mwh = 500,
                               green_energy_saved_mwh = 120, green_emissions_avoided_tco2e = 75.5,
                               green_method_note = 'Metered at the pilots.' where id = ?1""")
                .setParameter(1, entry.getId())
                .setParameter(2, TestTime.today().getYear() - 1)
                .executeUpdate();
        return entry.getId();
    }

    /** Records the committee's cut of a round as the engine does when a manager confirms advancement. */
    @Transactional
    public void advancement(long roundId, long subjectId, boolean advanced, long managerId) {
        org.greenhub.evaluation.domain.EvaluationRound round =
                em.find(org.greenhub.evaluation.domain.EvaluationRound.class, roundId);
        org.greenhub.evaluation.domain.EvaluationSubject subject =
                em.find(org.greenhub.evaluation.domain.EvaluationSubject.class, subjectId);
        em.persist(new org.greenhub.evaluation.domain.AdvancementDecision(
                round,
                subject,
                "",
                advanced,
                advanced ? 1 : 2,
                BigDecimal.valueOf(advanced ? 8 : 5),
                em.find(org.greenhub.account.domain.UserAccount.class, managerId),
                TestTime.now(),
                null));
    }
}
