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
import org.greenhub.zone.application.ZoneAdministration;
import org.greenhub.zone.application.ZoneTargets;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorDirection;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;
import org.greenhub.zone.domain.ZoneTarget;
import org.junit.jupiter.api.Test;

/**
 * Indicator sets and zone targets in the real database: the seeded sets, a zone administrator setting and changing
 * their zone's target (audited), bad input refused with nothing stored, and another zone's administrator answered
 * "not found" for reading and for setting.
 */
class ZoneTargetsIT extends InServerTest {

    @Inject
    ZoneTargets zoneTargets;

    @Inject
    ZoneAdministration administration;

    @Inject
    ActingAs actingAs;

    @Inject
    EvaluationFixtures people;

    @Inject
    TestData data;

    private Zone zone(String prefix, long administrator) {
        actingAs.user(data.adminId());
        String code = (prefix + TestData.unique("").replace("-", "")).toUpperCase(Locale.ROOT);
        return administration.create(
                code,
                new Zone.Details(code, null, null, null, ZoneLevel.NATIONAL, null, null, null),
                List.of(people.email(administrator)));
    }

    private Indicator indicator(String code) {
        return zoneTargets.indicators().stream()
                .filter(i -> i.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static ZoneTarget.Typed range(String low, String high) {
        return new ZoneTarget.Typed(null, new BigDecimal(low), new BigDecimal(high));
    }

    @Test
    void theTwoSeededSetsNameTheirIndicatorsInFourLanguagesWithThePlansTargets() {
        actingAs.user(data.adminId());
        List<Indicator> all = zoneTargets.indicators();
        // 22 seeded by V721 and V760, and the programmes' four of V790 (energy saved, CO2 avoided, green financing,
        // listed projects)
        assertEquals(
                26,
                all.stream()
                        .filter(i -> List.of("NATIONAL_PLAN", "VN_GREEN_GROWTH")
                                .contains(i.getSet().getCode()))
                        .count());
        Indicator energy = indicator("ENERGY_INTENSITY");
        assertEquals(IndicatorDirection.LOWER_IS_BETTER, energy.getDirection());
        assertEquals(0, new BigDecimal("0.4").compareTo(energy.getReferenceHigh()));
        assertTrue(energy.getName().complete(), "named in the four languages");
        Indicator vietnamese = indicator("VN_GREEN_TECH_OUTPUT_SHARE");
        assertEquals(0, new BigDecimal("40").compareTo(vietnamese.getReferenceLow()));
        assertEquals(0, new BigDecimal("45").compareTo(vietnamese.getReferenceHigh()));
        assertEquals(
                "Tỷ trọng giá trị sản xuất công nghiệp từ công nghệ xanh",
                vietnamese.getName().exact(Language.VIETNAMESE));
    }

    @Test
    void aZoneAdministratorSetsTheirZonesTargetAndAnotherZonesAdministratorGetsNotFound() {
        long alice = people.person("Target Alice", Language.VIETNAMESE, Role.APPLICANT);
        long bob = people.person("Target Bob", Language.THAI, Role.APPLICANT);
        Zone mine = zone("TA", alice);
        Zone other = zone("TB", bob);
        long share = indicator("VN_GREEN_TECH_OUTPUT_SHARE").getId();

        actingAs.user(alice);
        ZoneTarget target = zoneTargets.set(mine.getId(), share, 2031, range("40", "45"));
        assertEquals(1, data.auditEventsOn("ZONE_TARGET_SET", "ZoneTarget", target.getId()));
        zoneTargets.set(mine.getId(), share, 2031, new ZoneTarget.Typed(new BigDecimal("42"), null, null));
        assertEquals(1, data.auditEventsOn("ZONE_TARGET_CHANGED", "ZoneTarget", target.getId()));
        List<ZoneTarget> stored = zoneTargets.targets(mine.getId(), 2031);
        assertEquals(1, stored.size());
        assertEquals(0, new BigDecimal("42").compareTo(stored.get(0).getTargetValue()));
        assertTrue(zoneTargets.targets(mine.getId(), 2030).isEmpty(), "targets are per year");

        actingAs.user(bob);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> zoneTargets.targets(mine.getId(), 2031))
                        .kind(),
                "another zone's targets are not found");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> zoneTargets.set(mine.getId(), share, 2031, range("1", "2")))
                        .kind(),
                "and cannot be set");
        assertTrue(zoneTargets.targets(other.getId(), 2031).isEmpty());

        actingAs.user(data.adminId());
        assertEquals(
                0,
                new BigDecimal("42")
                        .compareTo(
                                zoneTargets.targets(mine.getId(), 2031).get(0).getTargetValue()),
                "Bob's attempt changed nothing; administrators read every zone's targets");
    }

    @Test
    void aBadTargetIsRefusedByFieldAndNothingIsStored() {
        long carol = people.person("Target Carol", Language.CHINESE, Role.APPLICANT);
        Zone mine = zone("TC", carol);
        actingAs.user(carol);
        long share = indicator("VN_CLEANER_PRODUCTION_SHARE").getId();
        DomainException reversed = assertThrows(
                DomainException.class, () -> zoneTargets.set(mine.getId(), share, 2032, range("40", "30")));
        assertEquals("high", reversed.field());
        DomainException tooHigh = assertThrows(
                DomainException.class,
                () -> zoneTargets.set(
                        mine.getId(), share, 2032, new ZoneTarget.Typed(new BigDecimal("120"), null, null)));
        assertEquals("value", tooHigh.field());
        assertTrue(zoneTargets.targets(mine.getId(), 2032).isEmpty(), "nothing stored");
    }
}
