package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.zone.application.ZoneAccess;
import org.greenhub.zone.application.ZoneAdministration;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;
import org.junit.jupiter.api.Test;

/** Zone records in the real database: administrators keep them, a zone administrator reads only their own zone. */
class ZoneAccessIT extends InServerTest {

    @Inject
    ZoneAdministration administration;

    @Inject
    ZoneAccess access;

    @Inject
    ActingAs actingAs;

    @Inject
    EvaluationFixtures people;

    @Inject
    TestData data;

    private static String code(String prefix) {
        return (prefix + TestData.unique("").replace("-", "")).toUpperCase(Locale.ROOT);
    }

    private static Zone.Details details(String name) {
        return new Zone.Details(
                name, "苏州工业园区", null, null, ZoneLevel.NATIONAL, "Jiangsu", "Suzhou", new BigDecimal("278"));
    }

    @Test
    void aZoneAdministratorReadsTheirZoneAndGetsNotFoundForAnother() {
        long alice = people.person("Zone Alice", Language.ENGLISH, Role.APPLICANT);
        long bob = people.person("Zone Bob", Language.CHINESE, Role.APPLICANT);
        actingAs.user(data.adminId());
        Zone mine = administration.create(code("A"), details("Zone A"), List.of(people.email(alice)));
        Zone other = administration.create(code("B"), details("Zone B"), List.of(people.email(bob)));

        actingAs.user(alice);
        assertEquals(
                List.of(mine.getId()),
                access.administered().stream().map(Zone::getId).toList(),
                "Alice sees only the zone that names her, and was given the role by being named");
        assertEquals(mine.getCode(), access.zone(mine.getId()).getCode());
        DomainException hidden = assertThrows(DomainException.class, () -> access.zone(other.getId()));
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                hidden.kind(),
                "another zone answers exactly like a zone that does not exist");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> access.zone(-1)).kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> administration.create(code("C"), details("Zone C"), List.of()))
                        .kind(),
                "a zone administrator does not create zones");

        actingAs.user(data.adminId());
        assertTrue(
                access.administered().stream()
                        .map(Zone::getId)
                        .toList()
                        .containsAll(List.of(mine.getId(), other.getId())),
                "administrators read every zone");
        assertEquals(1, data.auditEventsOn("ZONE_CREATED", "Zone", mine.getId()));
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsStored() {
        actingAs.user(data.adminId());
        String code = code("D");
        DomainException unknown = assertThrows(
                DomainException.class,
                () -> administration.create(
                        code, details("Zone D"), List.of("nobody-" + code.toLowerCase(Locale.ROOT) + "@example.test")));
        assertEquals("administrators", unknown.field());
        assertEquals("zone.validation.unknownAdministrator", unknown.messageKey());
        assertEquals(
                "code",
                assertThrows(DomainException.class, () -> administration.create("x", details("Zone D"), List.of()))
                        .field());
        assertEquals(
                "area",
                assertThrows(
                                DomainException.class,
                                () -> administration.create(
                                        code,
                                        new Zone.Details(
                                                "Zone D",
                                                null,
                                                null,
                                                null,
                                                ZoneLevel.PROVINCIAL,
                                                null,
                                                null,
                                                new BigDecimal("-1")),
                                        List.of()))
                        .field());
        assertEquals(
                List.of(),
                administration.all().stream()
                        .filter(z -> z.getCode().equals(code))
                        .toList(),
                "no refused zone was stored");

        Zone created = administration.create(code.toLowerCase(Locale.ROOT), details("Zone D"), List.of());
        assertEquals(code, created.getCode(), "codes are stored in capitals");
        DomainException duplicate = assertThrows(
                DomainException.class, () -> administration.create(code, details("Zone D again"), List.of()));
        assertEquals(DomainException.Kind.CONFLICT, duplicate.kind());
        assertEquals("code", duplicate.field());

        Zone changed = administration.change(
                created.getId(),
                created.getVersion(),
                new Zone.Details("Zone D renamed", null, "เขตดี", null, ZoneLevel.PROVINCIAL, "Jiangsu", null, null),
                List.of());
        assertEquals("Zone D renamed", changed.getName().english());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(
                                DomainException.class,
                                () -> administration.change(
                                        created.getId(), created.getVersion() - 1, details("stale"), List.of()))
                        .kind(),
                "a stale form is refused");
    }
}
