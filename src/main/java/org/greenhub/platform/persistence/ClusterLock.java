package org.greenhub.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A PostgreSQL advisory lock held until the current transaction ends: one node at a time runs the guarded work. */
@ApplicationScoped
public class ClusterLock {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquireForTransaction(String name) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, name).getSingleResult();
    }
}
