package org.greenhub.platform.persistence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.platform.persistence.ClusterLock;

/** The cluster lock as a PostgreSQL transaction-level advisory lock. */
@ApplicationScoped
public class AdvisoryClusterLock implements ClusterLock {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void acquireForTransaction(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name)
                .getSingleResult();
    }
}
