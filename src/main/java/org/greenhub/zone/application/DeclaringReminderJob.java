package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.persistence.ClusterLock;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.DeclaringDeadlineRepository;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * One batch of the declaring reminders, in one transaction: for every deadline whose reminder day has come, the
 * zone's enterprises that have not declared the year are mailed in their people's languages. Safe on several nodes:
 * one batch at a time holds the advisory lock, and each reminder is recorded (unique per enterprise, year and
 * reminder day) in the transaction that queues its mails, so a second run, here or on another node, sends nothing.
 */
@ApplicationScoped
public class DeclaringReminderJob {

    public static final int BATCH = 200;

    @Inject
    DeclaringDeadlineRepository deadlines;

    @Inject
    MissingDeclarations missing;

    @Inject
    ZoneRepository zones;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DeclaringMails mails;

    @Inject
    ClusterLock lock;

    @Inject
    AuditTrail audit;

    /** Reminds as of {@code now}, for every zone ({@code zoneId} null) or one; answers how many enterprises. */
    @Transactional
    public int run(Instant now, Long zoneId) {
        lock.acquireForTransaction("greenhub.zone.declaring-reminders");
        int reminded = 0;
        // a day's margin: a deadline due yesterday in UTC may still be open in a zone east of it
        for (DeclaringDeadline deadline :
                deadlines.dueFrom(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1), zoneId)) {
            Optional<Integer> day = deadline.reminderDue(now);
            if (day.isEmpty() || reminded >= BATCH) {
                continue;
            }
            Zone zone = zones.find(deadline.getZoneId()).orElseThrow();
            for (long organisationId :
                    missing.unreminded(deadline.getZoneId(), deadline.getYear(), day.get(), BATCH - reminded)) {
                if (!missing.markReminded(deadline.getZoneId(), organisationId, deadline.getYear(), day.get(), now)) {
                    continue;
                }
                String name = organisations
                        .find(organisationId)
                        .map(Organisation::getLegalName)
                        .orElse("");
                mails.remind(zone, deadline, organisationId, name, false);
                audit.record(
                        "ZONE_DECLARATION_REMINDED",
                        "Organisation",
                        organisationId,
                        null,
                        java.util.Map.of("zone", zone.getCode(), "year", deadline.getYear(), "daysBefore", day.get()),
                        "declaring reminder job");
                reminded++;
            }
        }
        return reminded;
    }
}
