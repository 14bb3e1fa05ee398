package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneFixtures;
import org.greenhub.testsupport.server.ZoneImportFixtures;
import org.greenhub.zone.application.DeclaringDeadlines;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * The declaring deadline of a zone and year in the real database: the zone's administrator sets and changes it
 * (audited), the zone's enterprises read it in their language with the time zone named, and another zone's
 * administrator gets "not found".
 */
class DeclaringDeadlinesIT extends InServerTest {

    @Inject
    DeclaringDeadlines deadlines;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneImportFixtures enterprises;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Test
    void theZoneSetsAndChangesADeadlineAndItsEnterprisesReadItInTheirLanguage() {
        long reviewer = people.person("Deadline setter", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Deadline Park", "截止园区", reviewer);
        ZoneImportFixtures.Enterprise enterprise =
                enterprises.enterprise("Deadline Works", Language.CHINESE, zone.getId());
        int year = TestTime.year() - 1;

        actingAs.user(reviewer);
        DeclaringDeadlines.Deadline set = deadlines.set(
                zone.getId(),
                year,
                new DeclaringDeadline.Typed(LocalDate.of(year + 1, 3, 31), "Asia/Shanghai", "3, 14 ,3"));
        assertEquals(List.of(14, 3), set.reminderDays(), "reminder days are kept largest first, once each");
        assertTrue(set.text().contains("China Standard Time UTC+8"), set.text());
        assertEquals(
                "zoneimport.deadline.dueOnYear",
                assertThrows(
                                DomainException.class,
                                () -> deadlines.set(
                                        zone.getId(),
                                        year,
                                        new DeclaringDeadline.Typed(
                                                LocalDate.of(year - 1, 12, 31), "Asia/Shanghai", "14")))
                        .messageKey(),
                "a due date before the declared year is refused");
        assertEquals(
                "reminderDays",
                assertThrows(
                                DomainException.class,
                                () -> deadlines.set(
                                        zone.getId(),
                                        year,
                                        new DeclaringDeadline.Typed(
                                                LocalDate.of(year + 1, 4, 30), "Asia/Shanghai", "90")))
                        .field());
        DeclaringDeadlines.Deadline changed = deadlines.set(
                zone.getId(), year, new DeclaringDeadline.Typed(LocalDate.of(year + 1, 4, 30), "Asia/Bangkok", ""));
        assertEquals(
                LocalDate.of(year + 1, 4, 30), deadlines.of(zone.getId()).get(0).dueOn(), "changed, not added");
        assertEquals(1, deadlines.of(zone.getId()).size());
        assertEquals(List.of(), changed.reminderDays(), "no reminders when none are wanted");
        assertEquals(1, people.auditEvents("ZONE_DEADLINE_SET", String.valueOf(idOf(zone, year)), zone.getCode()));
        assertEquals(1, people.auditEvents("ZONE_DEADLINE_CHANGED", String.valueOf(idOf(zone, year)), zone.getCode()));

        actingAs.user(enterprise.person());
        List<DeclaringDeadlines.Due> due = deadlines.forMyZones(year);
        assertEquals(1, due.size());
        assertEquals("截止园区", due.get(0).zone(), "the zone named in the enterprise's language");
        assertTrue(
                due.get(0).text().contains((year + 1) + "年4月30日"),
                "the date as a Chinese reader writes it: " + due.get(0).text());
        assertTrue(
                due.get(0).text().contains("中南半岛时间 UTC+7"),
                "the time zone named in Chinese: " + due.get(0).text());
        assertEquals(
                LocalDate.of(year + 1, 5, 1)
                        .atStartOfDay(ZoneId.of("Asia/Bangkok"))
                        .toInstant()
                        .isAfter(TestTime.now()),
                !due.get(0).passed());
        assertEquals(List.of(), deadlines.forMyZones(year - 1), "a year without a deadline shows none");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> deadlines.of(zone.getId()))
                        .kind(),
                "an enterprise does not read the zone's settings");
    }

    @Test
    void anotherZonesAdministratorGetsNotFound() {
        long reviewer = people.person("Deadline owner", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Own Deadline Park", null, reviewer);
        long other = people.person("Other deadline setter", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        zones.administeredZone("Other Deadline Park", null, other);
        int year = TestTime.year() - 1;

        actingAs.user(other);
        DeclaringDeadline.Typed typed =
                new DeclaringDeadline.Typed(LocalDate.of(year + 1, 3, 31), "Asia/Shanghai", "14");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> deadlines.set(zone.getId(), year, typed))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> deadlines.of(zone.getId()))
                        .kind());
        actingAs.user(reviewer);
        assertEquals(List.of(), deadlines.of(zone.getId()), "nothing was stored by the refused call");
    }

    private long idOf(Zone zone, int year) {
        return enterprises.deadlineId(zone.getId(), year);
    }
}
