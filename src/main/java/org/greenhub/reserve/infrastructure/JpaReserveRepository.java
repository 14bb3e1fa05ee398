package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

@ApplicationScoped
public class JpaReserveRepository implements ReserveRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReserveCall> findCall(long id) {
        return Optional.ofNullable(em.find(ReserveCall.class, id));
    }

    @Override
    public Optional<ReserveProject> findProject(long id) {
        return Optional.ofNullable(em.find(ReserveProject.class, id));
    }

    @Override
    public void add(ReserveCall call) {
        em.persist(call);
        // the caller shows or audits the new id at once
        em.flush();
    }

    @Override
    public void add(ReserveProject project) {
        em.persist(project);
        em.flush();
    }

    @Override
    public boolean callManagedBy(long callId, long userId) {
        return em.createQuery(
                                "select count(c) from ReserveCall c join c.managerIds m where c.id = :id and m = :user",
                                Long.class)
                        .setParameter("id", callId)
                        .setParameter("user", userId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Long> callIdsManagedBy(Long userId) {
        if (userId == null) {
            return em.createQuery("select c.id from ReserveCall c order by c.id desc", Long.class)
                    .getResultList();
        }
        return em.createQuery(
                        "select c.id from ReserveCall c join c.managerIds m where m = :user order by c.id desc",
                        Long.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public List<ReserveProject> projectsOfCall(long callId, ProjectStatus status) {
        return em.createQuery(
                        "select p from ReserveProject p where p.callId = :call and p.status = :status"
                                + " order by p.submittedAt, p.id",
                        ReserveProject.class)
                .setParameter("call", callId)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public Optional<ReserveProject> projectBySubject(long subjectId) {
        return em.createQuery(
                        "select p from ReserveProject p where p.evaluationSubjectId = :subject"
                                // a renewal is scored as a subject of its own in the renewal round
                                + " or p.renewalSubjectId = :subject",
                        ReserveProject.class)
                .setParameter("subject", subjectId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ReserveProject> listedEndedBefore(LocalDate today, int limit) {
        // a second node's run waits for none of these rows: it skips them, and finds them lapsed once this commits
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery(
                        "select id from reserve_project where status = 'LISTED' and listed_until < ?1"
                                + " order by id limit ?2 for update skip locked",
                        Long.class)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ReserveProject p where p.id in :ids order by p.id", ReserveProject.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
