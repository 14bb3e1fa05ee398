package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.DeclaringDeadlineRepository;
import org.greenhub.zone.domain.Zone;

/**
 * The overdue list on a zone's record: once a year's deadline has passed, the zone's enterprises without a
 * declaration in review or accepted (a returned one not filed again counts as missing), a page at a time, and
 * "remind now" for those the administrator ticks. Another zone is "not found"; every reminder is audited.
 */
@ApplicationScoped
public class OverdueDeclarations {

    /** At most this many enterprises per "remind now": one page of the list at its largest. */
    public static final int MAX_AT_ONCE = 100;

    @Inject
    DeclaringDeadlineRepository deadlines;

    @Inject
    MissingDeclarations missing;

    @Inject
    ZoneAccess access;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DeclaringMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The years of the zone whose deadline has passed, newest first. */
    @Transactional
    public List<Integer> years(long zoneId) {
        Zone zone = access.zone(zoneId);
        Instant now = Instant.now(clock);
        return deadlines.ofZone(zone.getId()).stream()
                .filter(d -> d.passed(now))
                .map(DeclaringDeadline::getYear)
                .toList();
    }

    @Transactional
    public List<MissingDeclarations.Line> page(long zoneId, int year, int first, int size) {
        access.zone(zoneId);
        return missing.page(zoneId, year, first, Math.min(size, MAX_AT_ONCE));
    }

    @Transactional
    public long count(long zoneId, int year) {
        access.zone(zoneId);
        return missing.count(zoneId, year);
    }

    /**
     * Mails the ticked enterprises that are still overdue (one that declared since the page was shown, or that is
     * not of this zone, is passed over); answers how many were reminded.
     */
    @Transactional
    public int remindNow(long zoneId, int year, Collection<Long> organisationIds) {
        Zone zone = access.zone(zoneId);
        Instant now = Instant.now(clock);
        DeclaringDeadline deadline = deadlines.find(zone.getId(), year).orElseThrow(DomainException::notFound);
        if (!deadline.passed(now)) {
            throw DomainException.conflict(null, "zoneimport.overdue.notYet");
        }
        if (organisationIds.isEmpty()) {
            throw DomainException.invalid("overdue", "zoneimport.overdue.noneChosen");
        }
        if (organisationIds.size() > MAX_AT_ONCE) {
            throw DomainException.invalid("overdue", "zoneimport.overdue.tooMany", String.valueOf(MAX_AT_ONCE));
        }
        int reminded = 0;
        for (long organisationId : missing.missingAmong(zone.getId(), year, organisationIds)) {
            missing.markReminded(zone.getId(), organisationId, year, null, now);
            String name = organisations
                    .find(organisationId)
                    .map(Organisation::getLegalName)
                    .orElse("");
            mails.remind(zone, deadline, organisationId, name, true);
            audit.record(
                    "ZONE_DECLARATION_REMINDED",
                    "Organisation",
                    organisationId,
                    null,
                    Map.of("zone", zone.getCode(), "year", year, "overdue", true),
                    "remind now");
            reminded++;
        }
        return reminded;
    }
}
