package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.IncubatorService;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * Organisations and incubators point at zone records: a chosen zone is stored and named in the reader's language; no
 * other id is.
 */
class ZoneLinksIT extends InServerTest {

    @Inject
    OrganisationService organisations;

    @Inject
    ZoneNames zoneNames;

    @Inject
    ZoneFixtures zones;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    IncubatorService incubators;

    @Inject
    IntakeCallService calls;

    @Inject
    IntakeFixtures intake;

    private static Organisation.Details withZoneText(Organisation.Details d, String zone) {
        return new Organisation.Details(
                d.kind(),
                d.legalName(),
                d.registeredName(),
                d.registrationCode(),
                d.foundingDate(),
                zone,
                d.sector(),
                d.website());
    }

    @Test
    void aFounderPlacesTheirStartUpInAZoneRecordWhichReplacesTheTypedText() {
        long founder = people.person("Zone link founder", Language.CHINESE, Role.APPLICANT);
        long id = competitions.startUp("Linked Solar", TestTime.today().minusYears(1), "solar", founder);
        Zone zone = zones.zone("Link Park", "链接园区");
        actingAs.user(founder);
        Organisation before = organisations.view(id);
        organisations.update(id, withZoneText(before.details(), "Old typed zone"), before.getVersion());
        Organisation typed = organisations.view(id);
        assertEquals("Old typed zone", typed.getZone());
        assertNull(typed.getZoneId(), "text alone points at no zone");

        organisations.update(id, withZoneText(typed.details(), "Old typed zone"), zone.getId(), typed.getVersion());

        Organisation linked = organisations.view(id);
        assertEquals(zone.getId(), linked.getZoneId());
        assertNull(linked.getZone(), "the zone record names it now; the typed text goes");
        assertEquals("链接园区", zoneNames.label(linked.getZoneId(), linked.getZone(), Language.CHINESE));
        assertEquals(
                "Link Park",
                zoneNames.label(linked.getZoneId(), linked.getZone(), Language.THAI),
                "a zone without a Thai name is named in English for a Thai reader");
        assertTrue(
                zoneNames.choices(Language.CHINESE).stream()
                        .anyMatch(c -> c.id() == zone.getId() && c.name().equals("链接园区")),
                "the zone is offered by its Chinese name");

        organisations.update(id, linked.details(), linked.getVersion());
        assertEquals(
                zone.getId(),
                organisations.view(id).getZoneId(),
                "a change that does not name a zone (e.g. the API's) keeps the zone record");
    }

    @Test
    void aZoneIdThatNamesNoZoneIsRefusedBesideTheFieldAndNothingIsStored() {
        long founder = people.person("Zone refusal founder", Language.ENGLISH, Role.APPLICANT);
        long id = competitions.startUp("Refused Solar", TestTime.today().minusYears(1), "solar", founder);
        actingAs.user(founder);
        Organisation before = organisations.view(id);
        Organisation.Details changed = new Organisation.Details(
                before.getKind(), before.getLegalName(), null, null, LocalDate.of(2020, 1, 1), null, "wind", null);

        DomainException refusal =
                assertThrows(DomainException.class, () -> organisations.update(id, changed, -5L, before.getVersion()));

        assertEquals(DomainException.Kind.INVALID, refusal.kind());
        assertEquals("zone", refusal.field());
        assertEquals("organisation.validation.zoneUnknown", refusal.messageKey());
        Organisation after = organisations.view(id);
        assertNull(after.getZoneId());
        assertEquals("solar", after.getSector(), "nothing of the refused change is stored");
        assertEquals(before.getVersion(), after.getVersion());
    }

    @Test
    void anIncubatorPlacedInAZoneRecordIsNamedInTheReadersLanguageOnItsRecordListAndCalls() {
        long manager = people.person("Zone link manager", Language.CHINESE, Role.PROGRAMME_MANAGER);
        long incubator = intake.incubator("Linked Incubator", manager);
        long call = intake.openCall(incubator, "Linked intake", 2);
        Zone zone = zones.zone("Incubator Park", "孵化园区");
        actingAs.user(manager);
        IncubatorService.IncubatorRecord before = incubators.view(incubator, Language.CHINESE);
        assertNull(before.zoneId(), "the fixture names its zone as text only");

        incubators.update(
                incubator,
                new IncubatorService.IncubatorDraft(
                        before.operatorId(),
                        before.kind(),
                        before.names(),
                        before.specialisation(),
                        null,
                        before.floorAreaM2(),
                        before.workstations(),
                        before.services(),
                        before.mentors()),
                zone.getId(),
                before.version());

        IncubatorService.IncubatorRecord linked = incubators.view(incubator, Language.CHINESE);
        assertEquals(zone.getId(), linked.zoneId(), "the record page's zone select starts from the zone record");
        assertNull(linked.zone());
        assertEquals(
                "孵化园区",
                incubators.managed(Language.CHINESE).stream()
                        .filter(i -> i.id() == incubator)
                        .findFirst()
                        .orElseThrow()
                        .zone());
        assertEquals("孵化园区", calls.publicView(call, Language.CHINESE).zone());
        assertEquals(
                "Incubator Park",
                calls.openCalls(Language.VIETNAMESE).stream()
                        .filter(c -> c.id() == call)
                        .findFirst()
                        .orElseThrow()
                        .zone(),
                "a zone without a Vietnamese name is named in English");
    }
}
