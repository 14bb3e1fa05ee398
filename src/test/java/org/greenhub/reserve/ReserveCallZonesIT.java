package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.ScreeningRefused;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveDeclareFixtures;
import org.greenhub.testsupport.server.ReserveReviewFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * A call's zone rule is a choice of zone records: managers pick zones GreenHub keeps (an unknown one is refused beside
 * the field, and no free-text code can be added), screening compares the project's zone record with the call's, and
 * the migration linked every code that named a zone while keeping the others as they were declared.
 */
class ReserveCallZonesIT extends InServerTest {

    @Inject
    ReserveCalls calls;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ReserveReviewFixtures fixtures;

    @Inject
    ReserveDeclareFixtures declare;

    @Inject
    ZoneFixtures zones;

    @Inject
    EvaluationFixtures people;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ActingAs actingAs;

    private static ReserveCalls.Settings inZones(String name, Set<Long> zoneIds, Set<String> codes) {
        ReserveCalls.Settings s = ReserveReviewFixtures.settings(name);
        return new ReserveCalls.Settings(
                s.nameEn(),
                s.nameZh(),
                s.nameTh(),
                s.nameVi(),
                s.opensOn(),
                s.closesOn(),
                s.timeZone(),
                s.categories(),
                zoneIds,
                codes,
                s.requiredEvidence(),
                s.ceilingsPer10kYuan(),
                s.minimumA(),
                s.minimumB(),
                s.minimumC(),
                s.validityYears());
    }

    private static ReserveProject.Declaration inZone(String title, String zoneCode) {
        ReserveProject.Declaration d = ReserveDeclareFixtures.solarRoofs(title);
        return new ReserveProject.Declaration(
                d.title(),
                d.summary(),
                d.category(),
                zoneCode,
                d.location(),
                d.stage(),
                d.totalInvestmentYuan(),
                d.financingSoughtYuan(),
                d.instruments(),
                d.expected(),
                d.estimateMethod(),
                d.contactForFunders());
    }

    @Test
    void aCallTakesTheZoneRecordsItNamesAndScreeningComparesTheirIds() {
        Zone suzhou = zones.zone("Suzhou Industrial Park", "苏州工业园区");
        Zone wuxi = zones.zone("Wuxi New District", "无锡新区");
        long admin = people.person("Zone call admin", Language.CHINESE, Role.ADMINISTRATOR);
        long manager = people.person("Zone call manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(admin);

        DomainException unknown = assertThrows(
                DomainException.class,
                () -> calls.create(
                        inZones(TestData.unique("Unknown zone"), Set.of(suzhou.getId() + 1_000_000_000L), Set.of()),
                        people.email(manager)));
        assertEquals("zones", unknown.field());
        assertEquals("reserve.call.zoneUnknown", unknown.messageKey());
        DomainException typed = assertThrows(
                DomainException.class,
                () -> calls.create(
                        inZones(TestData.unique("Typed zone"), Set.of(), Set.of("FREETEXT")), people.email(manager)));
        assertEquals("zones", typed.field(), "a zone is chosen among records, not typed");

        long call = calls.create(
                inZones(TestData.unique("Suzhou call"), Set.of(suzhou.getId()), Set.of()), people.email(manager));
        assertEquals(Set.of(suzhou.getId()), fixtures.rules(call).zoneIds());
        assertEquals(List.of("苏州工业园区"), calls.zoneNames(fixtures.rules(call)), "named in the reader's language");

        long owner = people.person("Zone owner", Language.ENGLISH, Role.APPLICANT);
        long organisation = competitions.startUp("Zone Solar", TestTime.today().minusYears(3), "solar", owner);
        actingAs.user(owner);
        ScreeningRefused outside = assertThrows(
                ScreeningRefused.class,
                () -> declaring.submit(
                        null, null, organisation, call, inZone("Wuxi roofs", wuxi.getCode()), List.of()));
        assertEquals(
                List.of("reserve.screening.zoneNotInCall"),
                outside.reasons().stream().map(Screening.Finding::messageKey).toList());
        long inside = declaring.submit(
                null,
                null,
                organisation,
                call,
                inZone("Suzhou roofs", suzhou.getCode().toLowerCase(java.util.Locale.ROOT)),
                List.of());
        assertEquals(ProjectStatus.SUBMITTED, fixtures.project(inside).status(), "the project's zone is the call's");
    }

    @Test
    void theMigrationLinksCodesThatNameAZoneAndKeepsTheOthersWhichOnlyStayWhileTicked() {
        Zone park = zones.zone("Linked park", "链接园区");
        String unknownCode = ("NO" + TestData.unique("").replace("-", "")).toUpperCase(java.util.Locale.ROOT);
        long call = declare.openCall(
                "Coded call",
                new CallRules(
                        Set.of(),
                        Set.of(),
                        Set.of(" " + park.getCode().toLowerCase(java.util.Locale.ROOT) + " ", unknownCode),
                        Set.of(),
                        Map.of()));

        fixtures.rerunDataStatements("V851__reserve_call_zone_records.sql");

        CallRules migrated = fixtures.rules(call);
        assertEquals(Set.of(park.getId()), migrated.zoneIds(), "the code that names a zone became its record");
        assertEquals(Set.of(unknownCode), migrated.zoneCodes(), "a code naming no zone stays as declared");
        assertTrue(migrated.takesZone(park.getId(), null));
        assertTrue(migrated.takesZone(null, unknownCode.toLowerCase(java.util.Locale.ROOT)));

        long admin = people.person("Kept code admin", Language.ENGLISH, Role.ADMINISTRATOR);
        actingAs.user(admin);
        long version = calls.view(call).version();
        DomainException added = assertThrows(
                DomainException.class,
                () -> calls.change(
                        call, inZones("Coded call", Set.of(park.getId()), Set.of(unknownCode, "NEWCODE")), version));
        assertEquals("zones", added.field(), "no new free-text code");
        calls.change(call, inZones("Coded call", Set.of(park.getId()), Set.of()), version);
        assertEquals(Set.of(), fixtures.rules(call).zoneCodes(), "unticked, the kept code goes");
        assertEquals(Set.of(park.getId()), fixtures.rules(call).zoneIds());
    }
}
