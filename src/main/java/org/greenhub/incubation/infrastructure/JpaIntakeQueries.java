package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.incubation.application.IntakeDecisions.Row;
import org.greenhub.incubation.application.IntakeQueries;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.organisation.domain.Organisation;

@ApplicationScoped
public class JpaIntakeQueries implements IntakeQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Row> applicationRows(
            long callId, ApplicationStatus status, int first, int size, String sortField, boolean ascending) {
        String order = switch (sortField == null ? "" : sortField) {
            case "projectTitle" -> "a.projectTitle";
            case "organisation" -> "o.legalName";
            case "status" -> "a.status";
            case "waitlistPosition" -> "a.waitlistPosition";
            default -> "a.submittedAt";
        };
        return em
                .createQuery("""
                        select a.id, a.projectTitle, o.legalName, a.focusArea, a.status, a.submittedAt, a.waitlistPosition, a.offerDeadline, a.subjectId
                        from IntakeApplication a join a.organisation o where a.call.id = :call and (:status is null or a.status = :status)
                        order by %s %s nulls last, a.id""".formatted(order, ascending ? "asc" : "desc"), Object[].class)
                .setParameter("call", callId)
                .setParameter("status", status)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(r -> new Row(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (org.greenhub.organisation.domain.green.GreenFocusArea) r[3],
                        (ApplicationStatus) r[4],
                        (Instant) r[5],
                        (Integer) r[6],
                        (Instant) r[7],
                        (Long) r[8]))
                .toList();
    }

    @Override
    public long countApplications(long callId, ApplicationStatus status) {
        return em.createQuery(
                        "select count(a) from IntakeApplication a where a.call.id = :call and (:status is null or a.status = :status)",
                        Long.class)
                .setParameter("call", callId)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public List<Long> applicationIds(long callId, ApplicationStatus status, int max) {
        return em.createQuery(
                        "select a.id from IntakeApplication a where a.call.id = :call and (:status is null or a.status = :status) order by a.id",
                        Long.class)
                .setParameter("call", callId)
                .setParameter("status", status)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Object[]> exportRows(long callId, java.util.Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of(); // an empty selection matches nothing (and an empty IN list is not valid JPQL)
        }
        var query = em.createQuery(
                        """
                        select a.projectTitle, o.legalName, a.focusArea, a.status, a.waitlistPosition, a.submittedAt, a.offerDeadline
                        from IntakeApplication a join a.organisation o where a.call.id = :call""" + (only == null ? "" : " and a.id in :only") + " order by a.submittedAt, a.id",
                        Object[].class)
                .setParameter("call", callId);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.getResultList();
    }

    @Override
    public List<EvaluationRound> roundsOf(String programmeKey) {
        return em.createQuery(
                        "select r from EvaluationRound r where r.programmeKey = :key order by r.opensAt, r.id",
                        EvaluationRound.class)
                .setParameter("key", programmeKey)
                .getResultList();
    }

    @Override
    public Long lastDecidedRound(String programmeKey, long exceptRoundId) {
        return em.createQuery("""
                        select max(d.round.id) from AdvancementDecision d
                        where d.round.programmeKey = :key and d.round.id <> :round""", Long.class)
                .setParameter("key", programmeKey)
                .setParameter("round", exceptRoundId)
                .getSingleResult();
    }

    @Override
    public Set<Long> advancedIn(long roundId) {
        return new HashSet<>(
                em.createQuery("""
                        select d.subject.id from AdvancementDecision d where d.round.id = :round and d.advanced = true""", Long.class).setParameter("round", roundId).getResultList());
    }

    @Override
    public List<Organisation> organisationsMatching(String key, int max) {
        return em.createQuery(
                        "select o from Organisation o where o.searchKey like :key escape '\\' order by o.legalName",
                        Organisation.class)
                .setParameter("key", key)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Long> recordKeepers(long organisationId) {
        return em.createQuery("""
                        select a.person.id from Affiliation a where a.organisation.id = :org and a.period.until is null
                        and a.role in (org.greenhub.organisation.domain.AffiliationRole.FOUNDER,
                                       org.greenhub.organisation.domain.AffiliationRole.LEGAL_REPRESENTATIVE,
                                       org.greenhub.organisation.domain.AffiliationRole.MANAGER)""", Long.class)
                .setParameter("org", organisationId)
                .getResultList();
    }
}
