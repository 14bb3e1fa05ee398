package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.zone.domain.ComparisonRepository;
import org.greenhub.zone.domain.ComparisonWeight;
import org.greenhub.zone.domain.PollutionAccident;

@ApplicationScoped
public class JpaComparisonRepository implements ComparisonRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ComparisonWeight> weights() {
        return em.createQuery(
                        // the indicator is eager (its name is always shown): joined here for the order only
                        "select w from ComparisonWeight w join w.indicator i join i.set s "
                                + "order by s.position, i.position",
                        ComparisonWeight.class)
                .getResultList();
    }

    @Override
    public Optional<ComparisonWeight> weight(long indicatorId) {
        return em.createQuery("select w from ComparisonWeight w where w.indicator.id = :id", ComparisonWeight.class)
                .setParameter("id", indicatorId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PollutionAccident> accidents(int year) {
        return em.createQuery(
                        "select a from PollutionAccident a where a.year = :year order by a.occurredOn, a.id",
                        PollutionAccident.class)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public void add(PollutionAccident accident) {
        em.persist(accident);
        // the audit record that follows names its id
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
