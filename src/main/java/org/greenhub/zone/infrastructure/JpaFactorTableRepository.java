package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.FactorTableRepository;

@ApplicationScoped
public class JpaFactorTableRepository implements FactorTableRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Integer> years() {
        return em.createQuery("select t.year from FactorTable t order by t.year desc", Integer.class)
                .getResultList();
    }

    @Override
    public Optional<FactorTable> find(int year) {
        return em.createQuery("select t from FactorTable t where t.year = :year", FactorTable.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(FactorTable table) {
        em.persist(table);
        // the audit record that follows names the new id, and a second table for the year fails here, not at commit
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
