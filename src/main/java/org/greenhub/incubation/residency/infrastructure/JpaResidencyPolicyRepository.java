package org.greenhub.incubation.residency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.incubation.residency.domain.ResidencyPolicy;
import org.greenhub.incubation.residency.domain.ResidencyPolicyRepository;

@ApplicationScoped
public class JpaResidencyPolicyRepository implements ResidencyPolicyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ResidencyPolicy> find(long incubatorId) {
        return Optional.ofNullable(em.find(ResidencyPolicy.class, incubatorId));
    }

    @Override
    public void add(ResidencyPolicy policy) {
        em.persist(policy);
    }
}
