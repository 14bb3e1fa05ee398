package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.Zone;

import java.util.List;

/**
 * Who may read a zone: administrators every zone, a zone administrator only the zones that name them. Anything else
 * is "not found", exactly like a zone that does not exist, so a zone's existence does not leak.
 */
@ApplicationScoped
public class ZoneAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The zones the caller administers (all of them for administrators), by code. */
    @Transactional
    public List<Zone> administered() {
        UserAccount user = currentUser.require();
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return em.createQuery("select z from Zone z order by z.code", Zone.class).getResultList();
        }
        if (!user.hasRole(Role.ZONE_ADMINISTRATOR)) {
            return List.of();
        }
        return em.createQuery("select z from Zone z where :user member of z.administratorIds order by z.code", Zone.class)
                .setParameter("user", user.getId()).getResultList();
    }

    /** The zone, if the caller may read it; else 404. */
    @Transactional
    public Zone zone(long zoneId) {
        UserAccount user = currentUser.require();
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null || !user.hasRole(Role.ADMINISTRATOR)
                && !(user.hasRole(Role.ZONE_ADMINISTRATOR) && zone.isAdministeredBy(user.getId()))) {
            throw DomainException.notFound();
        }
        return zone;
    }

    /** The names of a zone's administrators, for its page. */
    @Transactional
    public List<String> administratorNames(long zoneId) {
        Zone zone = zone(zoneId);
        if (zone.getAdministratorIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u.displayName from UserAccount u where u.id in :ids order by u.displayName", String.class)
                .setParameter("ids", zone.getAdministratorIds()).getResultList();
    }
}
