package org.greenhub.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.domain.SignInThrottleRepository;

@ApplicationScoped
public class JpaSignInThrottleRepository implements SignInThrottleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SignInThrottle> find(String subjectKey, String source) {
        return find(subjectKey, source, LockModeType.NONE);
    }

    @Override
    public Optional<SignInThrottle> findForUpdate(String subjectKey, String source) {
        return find(subjectKey, source, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void lock(SignInThrottle throttle) {
        em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void forgetFailuresBefore(Instant cutoff, int batch) {
        // SKIP LOCKED: never wait for (or deadlock with) another attempt.
        em.createNativeQuery("delete from sign_in_throttle where id in (select id from sign_in_throttle"
                        + " where last_failure_at < ?1 limit " + batch + " for update skip locked)")
                .setParameter(1, cutoff)
                .executeUpdate();
    }

    @Override
    public void createIfAbsent(String subjectKey, String source, Instant now) {
        em.createNativeQuery("insert into sign_in_throttle (subject_key, source, failures, last_failure_at)"
                        + " values (?1, ?2, 0, ?3) on conflict (subject_key, source) do nothing")
                .setParameter(1, subjectKey)
                .setParameter(2, source)
                .setParameter(3, now)
                .executeUpdate();
    }

    @Override
    public void delete(String subjectKey, String source) {
        em.createQuery("delete from SignInThrottle t where t.subjectKey = :key and t.source = :source")
                .setParameter("key", subjectKey)
                .setParameter("source", source)
                .executeUpdate();
    }

    @Override
    public void deleteEverySource(String subjectKey) {
        em.createQuery("delete from SignInThrottle t where t.subjectKey = :key")
                .setParameter("key", subjectKey)
                .executeUpdate();
    }

    private Optional<SignInThrottle> find(String subjectKey, String source, LockModeType lock) {
        return em.createQuery(
                        "select t from SignInThrottle t where t.subjectKey = :key and t.source = :source",
                        SignInThrottle.class)
                .setParameter("key", subjectKey)
                .setParameter("source", source)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
