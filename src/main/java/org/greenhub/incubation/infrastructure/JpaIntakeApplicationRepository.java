package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.incubation.domain.ApplicationDocument;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;

@ApplicationScoped
public class JpaIntakeApplicationRepository implements IntakeApplicationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<IntakeApplication> find(long id) {
        return Optional.ofNullable(em.find(IntakeApplication.class, id));
    }

    @Override
    public void lock(IntakeApplication application) {
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(IntakeApplication application) {
        em.persist(application);
    }

    @Override
    public void addDocument(ApplicationDocument document) {
        em.persist(document);
    }

    @Override
    public void addScreeningDocument(SubjectDocument document) {
        em.persist(document);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean hasApplied(long callId, long organisationId) {
        return em.createQuery(
                                "select count(a) from IntakeApplication a where a.call.id = :call and a.organisation.id = :org",
                                Long.class)
                        .setParameter("call", callId)
                        .setParameter("org", organisationId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<IntakeApplication> followedBy(long userId, Collection<Long> organisationIds) {
        return em.createQuery("""
                        select a from IntakeApplication a
                        where a.applicantId = :user or a.organisation.id in :orgs
                        order by a.submittedAt desc, a.id desc""", IntakeApplication.class)
                .setParameter("user", userId)
                .setParameter("orgs", organisationIds.isEmpty() ? Set.of(-1L) : organisationIds)
                .getResultList();
    }

    @Override
    public List<IntakeApplication> followedBy(long userId, Collection<Long> organisationIds, int offset, int limit) {
        // the id breaks ties between applications sent in the same instant, so that pages neither repeat nor skip
        return em.createQuery("""
                        select a from IntakeApplication a
                        where a.applicantId = :user or a.organisation.id in :orgs
                        order by a.submittedAt desc, a.id desc""", IntakeApplication.class)
                .setParameter("user", userId)
                .setParameter("orgs", organisationIds.isEmpty() ? Set.of(-1L) : organisationIds)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countFollowedBy(long userId, Collection<Long> organisationIds) {
        return em.createQuery("""
                        select count(a) from IntakeApplication a
                        where a.applicantId = :user or a.organisation.id in :orgs""", Long.class)
                .setParameter("user", userId)
                .setParameter("orgs", organisationIds.isEmpty() ? Set.of(-1L) : organisationIds)
                .getSingleResult();
    }

    @Override
    public List<IntakeApplication> ofOrganisation(long organisationId) {
        return em.createQuery(
                        "select a from IntakeApplication a where a.organisation.id = :org order by a.submittedAt desc",
                        IntakeApplication.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public Optional<IntakeApplication> screenedAs(long subjectId) {
        return em
                .createQuery("select a from IntakeApplication a where a.subjectId = :subject", IntakeApplication.class)
                .setParameter("subject", subjectId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ApplicationDocument> businessPlan(long applicationId) {
        return em.createQuery(
                        "select d from ApplicationDocument d where d.application.id = :application and d.purpose = :purpose",
                        ApplicationDocument.class)
                .setParameter("application", applicationId)
                .setParameter("purpose", ApplicationDocument.Purpose.BUSINESS_PLAN)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<IntakeApplication> nextWaitListed(long callId) {
        return em
                .createQuery("""
                        select a from IntakeApplication a where a.call.id = :call and a.status = :waiting
                        order by a.waitlistPosition, a.id""", IntakeApplication.class)
                .setParameter("call", callId)
                .setParameter("waiting", ApplicationStatus.WAIT_LISTED)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Long> offersDueBy(Instant now, int max) {
        return em.createQuery(
                        "select a.id from IntakeApplication a where a.status = :offered and a.offerDeadline <= :now order by a.offerDeadline",
                        Long.class)
                .setParameter("offered", ApplicationStatus.OFFERED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long placesHeld(long callId) {
        return em.createQuery(
                        "select count(a) from IntakeApplication a where a.call.id = :call and a.status in :holding",
                        Long.class)
                .setParameter("call", callId)
                .setParameter("holding", List.of(ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED))
                .getSingleResult();
    }

    @Override
    public Integer lastWaitlistPosition(long callId) {
        return em.createQuery(
                        "select max(a.waitlistPosition) from IntakeApplication a where a.call.id = :call",
                        Integer.class)
                .setParameter("call", callId)
                .getSingleResult();
    }

    @Override
    public List<Long> subjectsOf(long callId, Collection<ApplicationStatus> statuses) {
        return em.createQuery("""
                        select a.subjectId from IntakeApplication a
                        where a.call.id = :call and a.status in :screened and a.subjectId is not null""", Long.class)
                .setParameter("call", callId)
                .setParameter("screened", statuses)
                .getResultList();
    }

    @Override
    public List<Long> organisationIdsOf(long callId) {
        return em.createQuery("select a.organisation.id from IntakeApplication a where a.call.id = :call", Long.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public Map<ApplicationStatus, Long> statusCounts(long callId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        em.createQuery(
                        "select a.status, count(a) from IntakeApplication a where a.call.id = :call group by a.status",
                        Object[].class)
                .setParameter("call", callId)
                .getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return counts;
    }
}
