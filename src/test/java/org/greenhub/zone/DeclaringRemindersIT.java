package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import org.greenhub.testsupport.server.ZoneImportFixtures.Enterprise;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.application.DeclaringDeadlines;
import org.greenhub.zone.application.DeclaringReminderJob;
import org.greenhub.zone.application.MissingDeclarations;
import org.greenhub.zone.application.OverdueDeclarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.Zone;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a zone's declaring deadline and the overdue list after it, in the real database with chosen
 * instants: each enterprise without a declaration in review or accepted (a returned one counts as missing) is mailed
 * once per reminder day in its person's language, however often the job runs; after the deadline the zone's
 * administrator sees exactly those enterprises and reminds the ticked ones now; another zone's administrator gets 404.
 */
class DeclaringRemindersIT extends InServerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    DeclaringDeadlines deadlines;

    @Inject
    DeclaringReminderJob job;

    @Inject
    OverdueDeclarations overdue;

    @Inject
    Declarations declarations;

    @Inject
    ZoneFixtures zones;

    @Inject
    ZoneImportFixtures enterprises;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    /** A zone with an enterprise that has not declared (Thai), one in review (Vietnamese), one returned (Chinese). */
    private record Scene(long reviewer, Zone zone, Enterprise missing, Enterprise filed, Enterprise returned) {}

    private Scene scene(int year, LocalDate dueOn) {
        long reviewer = people.person("Reminding reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        Zone zone = zones.administeredZone("Reminder Park", "提醒园区", reviewer);
        Enterprise missing = enterprises.enterprise("Silent Works", Language.THAI, zone.getId());
        Enterprise filed = enterprises.enterprise("Prompt Works", Language.VIETNAMESE, zone.getId());
        Enterprise returned = enterprises.enterprise("Returned Works", Language.CHINESE, zone.getId());
        actingAs.user(filed.person());
        declarations.file(zone.getId(), filed.organisation(), year, figures());
        actingAs.user(returned.person());
        Declaration toReturn = declarations.file(zone.getId(), returned.organisation(), year, figures());
        actingAs.user(reviewer);
        declarations.returnForCorrection(toReturn.getId(), "Heat looks like MJ, not GJ.");
        deadlines.set(zone.getId(), year, new DeclaringDeadline.Typed(dueOn, "Asia/Shanghai", "14, 3"));
        return new Scene(reviewer, zone, missing, filed, returned);
    }

    private long reminders(Enterprise e, String subjectPart) {
        return zones.mails(e.email(), subjectPart);
    }

    @Test
    void eachReminderGoesOnceInTheEnterprisesLanguageHoweverOftenTheJobRuns() {
        Instant now = TestTime.now();
        int year = TestTime.year() - 1;
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        Scene s = scene(year, today.plusDays(14));

        job.run(now, s.zone().getId());
        job.run(now, s.zone().getId());
        // the scheduled run may have come first: either way one mail, in Thai, to the enterprise that has not declared
        assertEquals(1, reminders(s.missing(), "ต้องส่งภายใน"), "the 14-day reminder, once, in Thai");
        assertEquals(1, reminders(s.returned(), "年度申报请于"), "a returned declaration counts as missing (Chinese)");
        assertEquals(0, zones.mails(s.filed().email(), ""), "the enterprise in review is not reminded");
        assertTrue(
                enterprises
                        .mailBodies(s.missing().email())
                        .get(0)
                        .contains(
                                "zone/declare.xhtml?organisation=" + s.missing().organisation() + "&year=" + year),
                "the mail links to the declare page for that enterprise and year");

        Instant threeDaysBefore = now.plus(Duration.ofDays(11));
        assertEquals(2, job.run(threeDaysBefore, s.zone().getId()), "the 3-day reminder for the two missing");
        assertEquals(0, job.run(threeDaysBefore, s.zone().getId()), "and never twice");
        assertEquals(2, reminders(s.missing(), "ต้องส่งภายใน"));
        assertEquals(
                0,
                job.run(now.plus(Duration.ofDays(15)), s.zone().getId()),
                "no reminder once the deadline has passed");
        assertEquals(2, reminders(s.missing(), "ต้องส่งภายใน"));
        assertEquals(2, reminders(s.returned(), "年度申报请于"));
    }

    @Test
    void afterTheDeadlineTheOverdueListNamesTheMissingAndRemindsTheTickedNow() {
        int year = TestTime.year() - 1;
        LocalDate yesterday = LocalDate.ofInstant(TestTime.now(), SHANGHAI).minusDays(1);
        Scene s = scene(year, yesterday);
        Enterprise elsewhere = enterprises.enterprise("Elsewhere Works", Language.ENGLISH, null);

        actingAs.user(s.reviewer());
        assertEquals(List.of(year), overdue.years(s.zone().getId()));
        assertEquals(2, overdue.count(s.zone().getId(), year));
        List<MissingDeclarations.Line> lines = overdue.page(s.zone().getId(), year, 0, 20);
        assertEquals(
                List.of(s.returned().organisation(), s.missing().organisation()),
                lines.stream().map(MissingDeclarations.Line::organisationId).toList(),
                "the missing, by name (Returned Works before Silent Works)");
        assertTrue(lines.get(0).returned(), "a returned declaration not filed again is marked as such");
        assertFalse(lines.get(1).returned());
        assertEquals(s.missing().code(), lines.get(1).registrationCode());
        assertNull(lines.get(1).lastReminded());
        assertEquals(1, overdue.page(s.zone().getId(), year, 1, 1).size(), "paged in the database");

        int reminded = overdue.remindNow(
                s.zone().getId(),
                year,
                List.of(s.missing().organisation(), s.filed().organisation(), elsewhere.organisation()));
        assertEquals(1, reminded, "only the ticked enterprise still overdue in this zone");
        assertEquals(1, reminders(s.missing(), "เลยกำหนดส่งแล้ว"), "the overdue reminder in Thai");
        assertEquals(0, zones.mails(elsewhere.email(), ""), "an enterprise of no zone is never mailed");
        assertNotNull(overdue.page(s.zone().getId(), year, 0, 20).get(1).lastReminded());
        assertEquals(
                1,
                people.auditEvents(
                        "ZONE_DECLARATION_REMINDED", String.valueOf(s.missing().organisation()), "remind now"),
                "the reminder is in the audit trail");

        long other = people.person("Other reminding reviewer", Language.ENGLISH, Role.ZONE_ADMINISTRATOR);
        zones.administeredZone("Other Reminder Park", null, other);
        actingAs.user(other);
        for (org.junit.jupiter.api.function.Executable refused : List.<org.junit.jupiter.api.function.Executable>of(
                () -> overdue.years(s.zone().getId()),
                () -> overdue.count(s.zone().getId(), year),
                () -> overdue.page(s.zone().getId(), year, 0, 20),
                () -> overdue.remindNow(
                        s.zone().getId(), year, List.of(s.missing().organisation())))) {
            assertEquals(
                    DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, refused).kind());
        }
        assertEquals(1, reminders(s.missing(), "เลยกำหนดส่งแล้ว"), "the refused call sent nothing");
    }

    private static DeclarationFigures figures() {
        return new DeclarationFigures(
                new BigDecimal("12500"),
                new BigDecimal("48000"),
                null,
                new BigDecimal("5200"),
                new BigDecimal("1300"),
                null,
                null,
                null,
                null,
                new BigDecimal("800"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                true);
    }
}
