package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * Reserve calls for the declaring tests, made through {@link ReserveRepository} (the managers' call pages are another
 * branch of issue 13's work): open since a month, named in the four languages, with the rules a test gives.
 */
@ApplicationScoped
public class ReserveDeclareFixtures {

    @Inject
    ReserveRepository reserve;

    @PersistenceContext
    EntityManager em;

    /** The rules of a call that takes clean energy and clean production, requires a feasibility study, and flags
     * more than 5 t of CO2 avoided a year per 10,000 yuan invested. */
    public static final CallRules RULES = new CallRules(
            EnumSet.of(GreenCategory.CLEAN_ENERGY, GreenCategory.CLEAN_PRODUCTION),
            Set.of(),
            EnumSet.of(EvidenceKind.FEASIBILITY_STUDY),
            Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("5")));

    @Transactional
    public long call(String english, CallRules rules, LocalDate opensOn, LocalDate closesOn) {
        String tag = TestData.unique("");
        ReserveCall call = new ReserveCall(
                LocalisedName.of(
                        english + " " + tag,
                        "绿色项目储备征集 " + tag,
                        "การรับสมัครคลังโครงการสีเขียว " + tag,
                        "Đợt tiếp nhận dự án xanh " + tag),
                opensOn,
                closesOn,
                rules,
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                TestTime.now());
        reserve.add(call);
        return call.getId();
    }

    /** A call open since a month and for a month more. */
    @Transactional
    public long openCall(String english, CallRules rules) {
        return call(
                english,
                rules,
                TestTime.today().minusMonths(1),
                TestTime.today().plusMonths(1));
    }

    /** A clean-energy declaration: 2,000,000 yuan invested, 800,000 sought, 600 t of CO2 avoided a year. */
    public static ReserveProject.Declaration solarRoofs(String title) {
        return new ReserveProject.Declaration(
                title,
                "Rooftop solar on the zone's logistics halls, 1.2 MW, with a battery for the evening peak.",
                GreenCategory.CLEAN_ENERGY,
                null,
                "Hall 3, North Logistics Park",
                ProjectStage.PILOT,
                new BigDecimal("2000000"),
                new BigDecimal("800000"),
                EnumSet.of(FinancingInstrument.GREEN_LOAN),
                new Benefits(new BigDecimal("420"), new BigDecimal("600"), null, null),
                "Metered output of the pilot roof over 12 months, times the grid's emission factor.",
                true);
    }

    /** A draft of an organisation's, as if its people had saved it (no signed-in owner needed). */
    @Transactional
    public long draft(long organisationId, long callId, ReserveProject.Declaration declaration) {
        ReserveProject project = ReserveProject.draft(organisationId, callId, declaration, TestTime.now());
        reserve.add(project);
        return project.getId();
    }

    @Inject
    org.greenhub.competition.application.EntryReferences entryReferences;

    /** An edition managed by {@code managerId} whose one entry, by the organisation, won a first prize: its title,
     * summary, clean-energy category and figures (75.5 t CO2 avoided, 1,200 m³ water reused, 120 MWh saved). Answers
     * the competition's id and the entry's id. */
    @Transactional
    public long[] awardWinningEntry(long organisationId, long founderId, long managerId, String title) {
        org.greenhub.organisation.domain.Organisation organiser = new org.greenhub.organisation.domain.Organisation(
                org.greenhub.organisation.domain.OrganisationKind.GOVERNMENT_BODY,
                TestData.unique("Organiser"),
                TestTime.now());
        em.persist(organiser);
        org.greenhub.competition.domain.Competition competition = new org.greenhub.competition.domain.Competition(
                TestData.unique("cup").toLowerCase(),
                "Green Cup",
                "2026",
                organiser,
                TestTime.today().minusYears(2),
                TestTime.now().minus(java.time.Duration.ofDays(90)),
                TestTime.now().minus(java.time.Duration.ofDays(60)),
                "Asia/Shanghai",
                TestTime.now());
        competition.describe(
                org.greenhub.platform.i18n.Language.ENGLISH, TestData.unique("Green Cup 2026"), "A green competition");
        competition.tracks(java.util.List.of("CLEAN_ENERGY"));
        competition.addManager(em.find(org.greenhub.account.domain.UserAccount.class, managerId));
        em.persist(competition);
        org.greenhub.competition.domain.Entry entry = new org.greenhub.competition.domain.Entry(
                competition,
                em.find(org.greenhub.organisation.domain.Organisation.class, organisationId),
                em.find(org.greenhub.account.domain.UserAccount.class, founderId),
                org.greenhub.competition.domain.CompetitionGroup.START_UP,
                "CLEAN_ENERGY",
                title,
                entryReferences.next(),
                TestTime.now());
        em.persist(entry);
        em.flush();
        TestTime.nativeQuery(em, """
                        update competition_entry set award_tier = 'FIRST', status = 'AWARDED',
                               summary = 'Solar cold storage for farms, piloted in two villages.',
                               green_baseline_year = ?2, green_category = 'CLEAN_ENERGY', green_baseline_energy_mwh = 500,
                               green_energy_saved_mwh = 120, green_emissions_avoided_tco2e = 75.5,
                               green_water_reused_m3 = 1200, green_method_note = 'Metered at the pilots.' where id = ?1""")
                .setParameter(1, entry.getId())
                .setParameter(2, TestTime.today().getYear() - 1)
                .executeUpdate();
        return new long[] {competition.getId(), entry.getId()};
    }

    /**
     * An intake application of the organisation's to an open call of the incubator, as its founder filed it: the
     * title, the summary, and figures in the reserve's units (ecological environment, 210 t CO2 avoided, 3,400 m³
     * water reused, 15 t waste recycled a year). Answers the application's id, which an accepted offer names.
     */
    @Transactional
    public long intakeApplication(long incubatorId, long organisationId, long founderId, String title) {
        org.greenhub.incubation.domain.IntakeCall intake = new org.greenhub.incubation.domain.IntakeCall(
                em.find(org.greenhub.incubation.domain.Incubator.class, incubatorId),
                new org.greenhub.incubation.domain.IntakeCall.Terms(
                        TestData.unique("Spring intake"),
                        "Spring cohort",
                        TestTime.now().minus(java.time.Duration.ofDays(60)),
                        TestTime.now().minus(java.time.Duration.ofDays(30)),
                        10,
                        24,
                        14),
                TestTime.now().minus(java.time.Duration.ofDays(61)));
        intake.publish();
        em.persist(intake);
        org.greenhub.organisation.domain.green.GreenMetrics metrics =
                new org.greenhub.organisation.domain.green.GreenMetrics();
        metrics.setBaselineYear(TestTime.today().getYear() - 1);
        metrics.setCategory(org.greenhub.organisation.domain.green.GreenIndustryCategory.ECOLOGICAL_ENVIRONMENT);
        metrics.setEmissionsAvoidedTco2ePerYear(new BigDecimal("210"));
        metrics.setWaterReusedM3PerYear(new BigDecimal("3400"));
        metrics.setWasteRecycledTonnesPerYear(new BigDecimal("15"));
        org.greenhub.incubation.domain.IntakeApplication application =
                new org.greenhub.incubation.domain.IntakeApplication(
                        intake,
                        em.find(org.greenhub.organisation.domain.Organisation.class, organisationId),
                        founderId,
                        title,
                        "Constructed wetland treating the park's grey water for reuse in cooling.",
                        org.greenhub.organisation.domain.green.GreenFocusArea.CLEAN_ENERGY,
                        true,
                        true,
                        metrics,
                        TestTime.now().minus(java.time.Duration.ofDays(45)));
        em.persist(application);
        em.flush();
        return application.getId();
    }

    /** The nomination of an organisation to a call. */
    @Transactional
    public long nominationOf(long callId, long organisationId) {
        return em.createQuery(
                        "select n.id from ReserveNomination n where n.callId = :call and n.organisationId = :org",
                        Long.class)
                .setParameter("call", callId)
                .setParameter("org", organisationId)
                .getSingleResult();
    }

    /** How many audit events of this action name this project. */
    @Transactional
    public long auditEvents(String action, long projectId) {
        return ((Number) TestTime.nativeQuery(
                                em,
                                "select count(*) from audit_event where action = ?1 and entity_type = 'ReserveProject'"
                                        + " and entity_id = ?2")
                        .setParameter(1, action)
                        .setParameter(2, String.valueOf(projectId))
                        .getSingleResult())
                .longValue();
    }
}
