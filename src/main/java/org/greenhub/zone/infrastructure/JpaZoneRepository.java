package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

@ApplicationScoped
public class JpaZoneRepository implements ZoneRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Zone> all() {
        return em.createQuery("select z from Zone z order by z.code", Zone.class)
                .getResultList();
    }

    @Override
    public Map<String, LocalisedName> namesByCode() {
        // a projection, so that the zones' eager administrators are not loaded for a list of names
        Map<String, LocalisedName> names = new HashMap<>();
        for (Object[] row : em.createQuery("select z.code, z.name from Zone z", Object[].class)
                .getResultList()) {
            names.put(((String) row[0]).toUpperCase(Locale.ROOT), (LocalisedName) row[1]);
        }
        return names;
    }

    @Override
    public List<Zone> administeredBy(long userId) {
        return em.createQuery(
                        "select z from Zone z where :user member of z.administratorIds order by z.code", Zone.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public Optional<Zone> find(long id) {
        return Optional.ofNullable(em.find(Zone.class, id));
    }

    @Override
    public Optional<Zone> findByCode(String code) {
        return em
                .createQuery("select z from Zone z where upper(z.code) = upper(:code)", Zone.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public boolean codeTaken(String code) {
        return !em.createQuery("select z.id from Zone z where upper(z.code) = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Zone zone) {
        em.persist(zone);
        // the audit record that follows names the new id
        em.flush();
    }

    @Override
    public List<String> displayNames(Collection<Long> userIds) {
        return em.createQuery(
                        "select u.displayName from UserAccount u where u.id in :ids order by u.displayName",
                        String.class)
                .setParameter("ids", userIds)
                .getResultList();
    }
}
