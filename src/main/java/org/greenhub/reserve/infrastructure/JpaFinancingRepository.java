package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.ProjectResult;

@ApplicationScoped
public class JpaFinancingRepository implements FinancingRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Financing financing) {
        em.persist(financing);
        // the caller audits the new id at once
        em.flush();
    }

    @Override
    public List<Financing> financings(long projectId) {
        return em.createQuery(
                        "select f from Financing f where f.projectId = :p order by f.financedOn, f.id", Financing.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @Override
    public void add(ProjectResult result) {
        em.persist(result);
        // a second report of the year in another tab fails here, inside the use case, on the unique key
        em.flush();
    }

    @Override
    public List<ProjectResult> results(long projectId) {
        return em.createQuery(
                        "select r from ProjectResult r where r.projectId = :p order by r.year", ProjectResult.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    @Override
    public boolean managesCall(long callId, long userId) {
        return !em.createNativeQuery("select 1 from reserve_call_manager where call_id = ?1 and user_id = ?2")
                .setParameter(1, callId)
                .setParameter(2, userId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void addCallManager(long callId, long userId) {
        em.createNativeQuery(
                        "insert into reserve_call_manager (call_id, user_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, callId)
                .setParameter(2, userId)
                .executeUpdate();
    }

    @Override
    public boolean markReminded(long projectId, int year, Instant now) {
        return em.createNativeQuery(
                                "insert into reserve_result_reminder (project_id, year, sent_at) values (?1, ?2, ?3)"
                                        + " on conflict do nothing")
                        .setParameter(1, projectId)
                        .setParameter(2, year)
                        .setParameter(3, now)
                        .executeUpdate()
                == 1;
    }
}
