package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ProjectNominations;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveDeclareFixtures;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A competition's manager nominates the edition's award winners to a reserve call: the winner's founder is mailed in
 * their language, and the declaration form starts from the winning entry's title, summary, category and figures;
 * nobody else nominates for the edition or reads the nomination.
 */
class ProjectNominationsIT extends InServerTest {

    @Inject
    ProjectNominations nominations;

    @Inject
    ReserveDeclareFixtures reserve;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.testsupport.server.IntakeFixtures intake;

    @Inject
    org.greenhub.testsupport.server.TestData data;

    @Inject
    org.greenhub.incubation.residency.application.ResidencyService residencies;

    @Test
    void anIncubatorsResidentsAreNominatedWithTheirApplicationCarriedOverAndMailedInTheirLanguage() {
        long manager = people.person("Incubator manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long incubator = intake.incubator(org.greenhub.testsupport.server.TestData.unique("Wetland Hub"), manager);
        long thaiFounder = people.person("Thai founder", Language.THAI, Role.APPLICANT);
        long resident = intake.startUp(thaiFounder, "Bueng Nam", 10, "Test zone", "water");
        long application = reserve.intakeApplication(incubator, resident, thaiFounder, "พื้นที่ชุ่มน้ำบำบัดน้ำเทา");
        residencies.startFromOffer(incubator, resident, TestTime.today().minusDays(20), "intake-offer:" + application);
        long directFounder = people.person("Direct founder", Language.ENGLISH, Role.APPLICANT);
        long direct = intake.startUp(directFounder, "Direct Works", 30, "Test zone", "software");
        actingAs.user(manager);
        residencies.start(
                incubator,
                new org.greenhub.incubation.residency.application.ResidencyService.StartRequest(
                        direct, TestTime.today().minusDays(20), null, null));
        long call = reserve.openCall("Resident reserve", ReserveDeclareFixtures.RULES);

        long otherManager = people.person("Other incubator manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(otherManager);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> nominations.nominateResidents(incubator, call))
                        .kind(),
                "only the incubator's managers nominate its residents");

        actingAs.user(manager);
        assertEquals(2, nominations.nominateResidents(incubator, call), "both current residents are invited");
        assertEquals(0, nominations.nominateResidents(incubator, call), "nominated once per call");

        org.greenhub.testsupport.server.TestData.Mail mail = data.lastMail(people.email(thaiFounder));
        assertTrue(
                mail.subject().startsWith("คำเชิญให้ยื่นโครงการเข้าคลังโครงการสีเขียว"),
                "the resident is invited in Thai: " + mail.subject());
        assertTrue(mail.body().contains("พื้นที่ชุ่มน้ำบำบัดน้ำเทา"), "the mail names the project: " + mail.body());
        assertTrue(mail.body().contains("Wetland Hub"), "the mail names the incubator: " + mail.body());

        long nomination = reserve.nominationOf(call, resident);
        actingAs.user(directFounder);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> nominations.carried(nomination))
                        .kind(),
                "another resident does not read the nomination");
        ProjectNominations.Carried directCarried = nominations.carried(reserve.nominationOf(call, direct));
        assertTrue(
                directCarried.data().title().startsWith("Direct Works"),
                "a resident entered directly starts from its name: "
                        + directCarried.data().title());
        assertNull(directCarried.data().category(), "and no figures it never filed");

        actingAs.user(thaiFounder);
        ProjectNominations.Carried carried = nominations.carried(nomination);
        assertEquals(resident, carried.organisationId());
        assertEquals(call, carried.callId());
        assertEquals("พื้นที่ชุ่มน้ำบำบัดน้ำเทา", carried.data().title());
        assertEquals(
                "Constructed wetland treating the park's grey water for reuse in cooling.",
                carried.data().summary());
        assertEquals(GreenCategory.ECOLOGICAL_ENVIRONMENT, carried.data().category());
        assertEquals(
                0, new BigDecimal("210").compareTo(carried.data().expected().co2AvoidedT()));
        assertEquals(
                0, new BigDecimal("3400").compareTo(carried.data().expected().waterSavedM3()));
        assertEquals(0, new BigDecimal("15").compareTo(carried.data().expected().wasteRecycledT()));
    }

    @Test
    void anAwardWinnerIsNominatedOnceAndDeclaresWithItsEntryCarriedOver() {
        long manager = people.person("Cup manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long founder = people.person("Winning founder", Language.VIETNAMESE, Role.APPLICANT);
        long startUp =
                competitions.startUp("Cold Chain Xanh", TestTime.today().minusYears(2), "refrigeration", founder);
        long[] won = reserve.awardWinningEntry(startUp, founder, manager, "Kho lạnh năng lượng mặt trời");
        long call = reserve.openCall("Nominated reserve", ReserveDeclareFixtures.RULES);

        long otherManager = people.person("Other manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(otherManager);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> nominations.nominateAwardWinners(won[0], call))
                        .kind(),
                "only the edition's managers nominate its winners");

        actingAs.user(manager);
        assertEquals(1, nominations.nominateAwardWinners(won[0], call));
        assertEquals(0, nominations.nominateAwardWinners(won[0], call), "nominated once per call");
        List<String> subjects = people.mailSubjects(people.email(founder));
        assertTrue(
                subjects.stream().anyMatch(s -> s.startsWith("Lời mời đăng ký vào danh mục dự án xanh")),
                "the founder is invited in Vietnamese: " + subjects);
        long nomination = reserve.nominationOf(call, startUp);

        long stranger = people.person("Stranger", Language.ENGLISH, Role.APPLICANT);
        competitions.startUp("Stranger Works", TestTime.today().minusYears(1), "software", stranger);
        actingAs.user(stranger);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> nominations.carried(nomination))
                        .kind(),
                "nobody else reads the nomination");

        actingAs.user(founder);
        ProjectNominations.Carried carried = nominations.carried(nomination);
        assertEquals(startUp, carried.organisationId());
        assertEquals(call, carried.callId());
        assertEquals("Kho lạnh năng lượng mặt trời", carried.data().title());
        assertEquals(
                "Solar cold storage for farms, piloted in two villages.",
                carried.data().summary());
        assertEquals(GreenCategory.CLEAN_ENERGY, carried.data().category());
        assertEquals(
                0, new BigDecimal("75.5").compareTo(carried.data().expected().co2AvoidedT()));
        assertEquals(
                0, new BigDecimal("1200").compareTo(carried.data().expected().waterSavedM3()));
        assertNull(carried.data().expected().energySavedTce(), "MWh are not tce: the owner states the energy saved");
    }
}
