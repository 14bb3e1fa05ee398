package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.zone.application.ZoneEnterprises;

@ApplicationScoped
public class JpaZoneEnterprises implements ZoneEnterprises {

    /** Codes per query: far below PostgreSQL's parameter limit. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

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
