package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * Who may read a zone: administrators every zone, a zone administrator only the zones that name them. Anything else
 * is "not found", exactly like a zone that does not exist, so a zone's existence does not leak.
 */
@ApplicationScoped
public class ZoneAccess {

    @Inject
    ZoneRepository zones;

    @Inject
    CurrentUser currentUser;

    /** The zones the caller administers (all of them for administrators), by code. */
    @Transactional
    public List<Zone> administered() {
        UserAccount user = currentUser.require();
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return zones.all();
        }
        if (!user.hasRole(Role.ZONE_ADMINISTRATOR)) {
            return List.of();
        }
        return zones.administeredBy(user.getId());
    }

    /** The zone, if the caller may read it; else 404. */
    @Transactional
    public Zone zone(long zoneId) {
        UserAccount user = currentUser.require();
        Zone zone = zones.find(zoneId).orElse(null);
        if (zone == null || !mayRead(zone, user)) {
            throw DomainException.notFound();
        }
        return zone;
    }

    /** {@link #administered()} as the pages show it. */
    @Transactional
    public List<ZoneView> administeredViews() {
        return administered().stream().map(ZoneView::of).toList();
    }

    /** {@link #zone(long)} as the pages show it; 404 alike. */
    @Transactional
    public ZoneView view(long zoneId) {
        return ZoneView.of(zone(zoneId));
    }

    /** Whether this person reads (and reviews for) this zone: administrators, and the zone's own administrators. */
    public static boolean mayRead(Zone zone, UserAccount user) {
        return user.hasRole(Role.ADMINISTRATOR)
                || user.hasRole(Role.ZONE_ADMINISTRATOR) && zone.isAdministeredBy(user.getId());
    }

    /** The names of a zone's administrators, for its page. */
    @Transactional
    public List<String> administratorNames(long zoneId) {
        Zone zone = zone(zoneId);
        if (zone.getAdministratorIds().isEmpty()) {
            return List.of();
        }
        return zones.displayNames(zone.getAdministratorIds());
    }
}
