package org.greenhub.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.Zone;

/**
 * The demo zone's declaring deadlines (issue 12, import): last year's passed on 31 March, so its record lists the
 * enterprises that have not declared (Lvyuan's returned declaration among them); this year's is open. Persisted
 * directly, as the rest of the demo is.
 */
final class DemoZoneDeadlines {

    private DemoZoneDeadlines() {}

    static void seed(EntityManager em, Zone park, Instant now) {
        int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        for (int year : new int[] {thisYear - 2, thisYear - 1, thisYear}) {
            em.persist(new DeclaringDeadline(
                    park.getId(),
                    year,
                    new DeclaringDeadline.Typed(
                            LocalDate.of(year + 1, 3, 31),
                            DeclaringDeadline.DEFAULT_TIME_ZONE,
                            DeclaringDeadline.DEFAULT_REMINDER_DAYS),
                    now));
        }
    }
}
