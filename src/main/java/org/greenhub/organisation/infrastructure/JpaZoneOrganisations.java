package org.greenhub.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.organisation.application.ZoneOrganisations;

@ApplicationScoped
public class JpaZoneOrganisations implements ZoneOrganisations {

    /** Ids or codes per query: far below PostgreSQL's parameter limit. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Named> byIds(Collection<Long> ids) {
        Map<Long, Named> found = new HashMap<>();
        // no statement for no ids (an empty "in" list is not SQL)
        List<Long> all = new ArrayList<>(ids.stream().distinct().toList());
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery(
                            "select new org.greenhub.organisation.application.ZoneOrganisations$Named("
                                    + "o.id, o.legalName, o.sector) from Organisation o where o.id in :ids",
                            Named.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(n -> found.put(n.id(), n));
        }
        return found;
    }

    @Override
    public List<Long> idsInZone(long zoneId) {
        return em.createQuery("select o.id from Organisation o where o.zoneId = :zone", Long.class)
                .setParameter("zone", zoneId)
                .getResultList();
    }

    @Override
    public Map<String, Long> byCode(long zoneId, Collection<String> codes) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            em.createQuery(
                            "select o.registrationCode, o.id from Organisation o where o.zoneId = :zone "
                                    + "and upper(o.registrationCode) in :codes",
                            Object[].class)
                    .setParameter("zone", zoneId)
                    .setParameter("codes", chunk)
                    .getResultList()
                    .forEach(r -> found.put(((String) r[0]).toUpperCase(Locale.ROOT), (Long) r[1]));
        }
        return found;
    }
}
