package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.reserve.domain.FunderRepository;
import org.greenhub.reserve.domain.VerifiedFunder;

@ApplicationScoped
public class JpaFunderRepository implements FunderRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<VerifiedFunder> findByOrganisation(long organisationId) {
        return em.createQuery("select f from VerifiedFunder f where f.organisationId = :o", VerifiedFunder.class)
                .setParameter("o", organisationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(VerifiedFunder funder) {
        em.persist(funder);
        // two administrators verifying at once: the unique key answers inside the use case
        em.flush();
    }

    @Override
    public void remove(VerifiedFunder funder) {
        em.remove(funder);
        // the use case asks next who still acts for a verified institution, in SQL
        em.flush();
    }
}
