package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greenhub.account.domain.Role;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.alliance.domain.MemberCategory;
import org.greenhub.competition.domain.Competition;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.residency.domain.Milestone;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.testsupport.server.AllianceFixtures;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.ResidencyFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * Every manager-typed name stored per language reads back, through its mapping and migration columns, in the
 * reader's language: a Thai reader gets the Thai text, a Vietnamese reader (no Vietnamese given) the English text
 * with the "(English)" mark in Vietnamese.
 */
class LocalisedNamesStoredIT extends InServerTest {

    private static final Locale THAI = Language.THAI.locale();
    private static final Locale VIETNAMESE = Language.VIETNAMESE.locale();

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Messages messages;

    @Inject
    IntakeFixtures intake;

    @Inject
    AllianceFixtures alliances;

    @Inject
    ResidencyFixtures residencies;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    EventService events;

    private static LocalisedInput input(String en, String th) {
        LocalisedInput input = LocalisedInput.english(en);
        input.setTh(th);
        return input;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            em.flush();
            transaction.commit();
            em.clear();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private void assertThaiAndMarkedEnglish(LocalisedName name, String thai, String english) {
        assertEquals(thai, messages.localised(THAI, name));
        assertEquals(
                english + " " + messages.get(VIETNAMESE, "platform.localised.inEnglish"),
                messages.localised(VIETNAMESE, name));
        assertEquals(
                english + " (tiếng Anh)", messages.localised(VIETNAMESE, name), "the mark is in the reader's language");
    }

    @Test
    void anIntakeCallTitleAndDescription() throws Exception {
        long incubatorId = intake.incubator(TestData.unique("Languages Incubator"));
        Instant now = TestTime.now();
        long id = inTransaction(() -> {
            IntakeCall call = new IntakeCall(
                    em.find(Incubator.class, incubatorId),
                    new IntakeCall.Terms(
                            input("Solar intake", "รับสมัครพลังงานแสงอาทิตย์"),
                            input("Lab space", null),
                            now,
                            now.plus(Duration.ofDays(20)),
                            3,
                            24,
                            14),
                    now);
            em.persist(call);
            return call.getId();
        });
        IntakeCall call = em.find(IntakeCall.class, id);
        assertThaiAndMarkedEnglish(call.getTitles(), "รับสมัครพลังงานแสงอาทิตย์", "Solar intake");
        assertEquals(
                "Lab space " + messages.get(THAI, "platform.localised.inEnglish"),
                messages.localised(THAI, call.getDescriptions()));
        assertEquals("Solar intake", call.getTitle(), "audit and round names keep the English title");
    }

    @Test
    void anAllianceMemberCategoryAndAnEventReadThroughTheirProjections() throws Exception {
        AllianceFixtures.AllianceSetup setup = alliances.alliance(TestData.unique("Languages Alliance"));
        long categoryId = inTransaction(() -> {
            MemberCategory category = new MemberCategory(
                    em.find(Alliance.class, setup.allianceId()),
                    9,
                    input("Observer unit", "หน่วยงานผู้สังเกตการณ์"),
                    new BigDecimal("500"));
            em.persist(category);
            LocalisedInput place = LocalisedInput.english("Hall 3");
            em.persist(new AllianceEvent(
                    em.find(Alliance.class, setup.allianceId()),
                    new AllianceEvent.Details(
                            EventKind.FORUM,
                            input("Battery forum", "เวทีแบตเตอรี่"),
                            TestTime.now().plus(Duration.ofDays(5)),
                            place,
                            40,
                            new LocalisedInput()),
                    TestTime.now()));
            return category.getId();
        });
        assertThaiAndMarkedEnglish(
                em.find(MemberCategory.class, categoryId).getName(), "หน่วยงานผู้สังเกตการณ์", "Observer unit");

        List<EventService.EventRow> rows = events.events(setup.allianceId(), TestTime.now(), 10);
        assertEquals(1, rows.size());
        assertThaiAndMarkedEnglish(rows.get(0).title(), "เวทีแบตเตอรี่", "Battery forum");
        assertEquals(
                "Hall 3 " + messages.get(THAI, "platform.localised.inEnglish"),
                messages.localised(THAI, rows.get(0).location()));
    }

    @Test
    void aMilestoneTitleAndUnit() throws Exception {
        ResidencyFixtures.Incubator incubator = residencies.incubator("Languages");
        ResidencyFixtures.StartUp startUp = residencies.startUp("Languages", Language.THAI);
        long residencyId = residencies.residency(incubator, startUp, TestTime.today());
        long id = inTransaction(() -> {
            Milestone milestone = new Milestone(
                    em.find(Residency.class, residencyId),
                    input("Pilot customers", "ลูกค้านำร่อง"),
                    LocalisedInput.english("customers"),
                    new BigDecimal("3"),
                    TestTime.today().plusMonths(6),
                    TestTime.now());
            em.persist(milestone);
            return milestone.getId();
        });
        Milestone milestone = em.find(Milestone.class, id);
        assertThaiAndMarkedEnglish(milestone.getTitles(), "ลูกค้านำร่อง", "Pilot customers");
        assertEquals(
                "customers " + messages.get(THAI, "platform.localised.inEnglish"),
                messages.localised(THAI, milestone.getUnit()));
    }

    @Test
    void aCompetitionSeriesNameKeepsItsEnglishNameAndTakesTranslations() throws Exception {
        long manager = people.person("Series Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long organiser = people.organisation(TestData.unique("Series Organiser"));
        String key = TestData.unique("series").toLowerCase(Locale.ROOT);
        long id = competitions.publishedCompetition(
                key, organiser, manager, TestTime.now().plus(Duration.ofDays(10)));
        inTransaction(() -> {
            LocalisedInput names = input("Renamed in English", "ถ้วยนวัตกรรมสีเขียว");
            em.find(Competition.class, id).translateSeries(names);
            return null;
        });
        Competition competition = em.find(Competition.class, id);
        assertThaiAndMarkedEnglish(competition.getSeriesNames(), "ถ้วยนวัตกรรมสีเขียว", "Series " + key);
        assertNull(competition.getSeriesNames().exact(Language.VIETNAMESE));
    }
}
