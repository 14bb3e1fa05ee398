package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * Administrators keep the zone records and name each zone's administrators (by e-mail address; a named person gets
 * the zone administrator role). Every change is audited with before and after.
 */
@ApplicationScoped
public class ZoneAdministration {

    @Inject
    ZoneRepository zones;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<Zone> all() {
        currentUser.require(Role.ADMINISTRATOR);
        return zones.all();
    }

    /** Every zone as the administrators' list shows it. */
    @Transactional
    public List<ZoneView> views() {
        return all().stream().map(ZoneView::of).toList();
    }

    /** What the edit dialog is filled with: the zone's details and its administrators' e-mail addresses, sorted. */
    public record Editing(long id, long version, String code, Zone.Details details, List<String> administratorEmails)
            implements java.io.Serializable {}

    @Transactional
    public Editing editing(long zoneId) {
        currentUser.require(Role.ADMINISTRATOR);
        Zone zone = zones.find(zoneId).orElseThrow(DomainException::notFound);
        List<String> emails = zone.getAdministratorIds().stream()
                .map(id -> accounts.find(id).map(UserAccount::getEmail).orElse(""))
                .filter(e -> !e.isEmpty())
                .sorted()
                .toList();
        return new Editing(zone.getId(), zone.getVersion(), zone.getCode(), zone.details(), emails);
    }

    /** {@link #create} answering the zone as the pages show it. */
    @Transactional
    public ZoneView add(String code, Zone.Details details, List<String> administratorEmails) {
        return ZoneView.of(create(code, details, administratorEmails));
    }

    /** {@link #change} answering the zone as the pages show it. */
    @Transactional
    public ZoneView save(long zoneId, long expectedVersion, Zone.Details details, List<String> administratorEmails) {
        return ZoneView.of(change(zoneId, expectedVersion, details, administratorEmails));
    }

    @Transactional
    public Zone create(String code, Zone.Details details, List<String> administratorEmails) {
        currentUser.require(Role.ADMINISTRATOR);
        Zone zone = new Zone(code, details, Instant.now(clock));
        if (zones.codeTaken(zone.getCode())) {
            throw DomainException.conflict("code", "zone.validation.duplicateCode", zone.getCode());
        }
        zone.setAdministrators(administrators(administratorEmails));
        zones.add(zone);
        audit.record("ZONE_CREATED", "Zone", zone.getId(), null, zone.snapshot(), null);
        return zone;
    }

    /** A stale form (someone saved in between) is refused; the code does not change. */
    @Transactional
    public Zone change(long zoneId, long expectedVersion, Zone.Details details, List<String> administratorEmails) {
        currentUser.require(Role.ADMINISTRATOR);
        Zone zone = zones.find(zoneId).orElseThrow(DomainException::notFound);
        if (zone.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = zone.snapshot();
        zone.change(details);
        zone.setAdministrators(administrators(administratorEmails));
        audit.record("ZONE_CHANGED", "Zone", zoneId, before, zone.snapshot(), null);
        return zone;
    }

    /** The accounts named, each granted the zone administrator role (audited as a grant) if it had not got it. */
    private Set<Long> administrators(List<String> emails) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            if (email == null || email.isBlank()) {
                continue;
            }
            UserAccount account = accounts.findByEmail(email.strip())
                    .orElseThrow(() -> DomainException.invalid(
                            "administrators", "zone.validation.unknownAdministrator", email.strip()));
            if (account.grant(Role.ZONE_ADMINISTRATOR)) {
                audit.record(
                        "ROLE_GRANTED",
                        "UserAccount",
                        account.getId(),
                        null,
                        Map.of("role", Role.ZONE_ADMINISTRATOR),
                        "zone administrator");
            }
            ids.add(account.getId());
        }
        return ids;
    }
}
