package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.reserve.application.ReserveCallQueries;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;

@ApplicationScoped
public class JpaReserveCallQueries implements ReserveCallQueries {

    /** The columns a manager may sort the call's projects by; anything else sorts by submission. */
    private static final Map<String, String> SORTS = Map.of(
            "title", "p.title",
            "organisation", "o.legalName",
            "status", "p.status",
            "submittedAt", "p.submittedAt",
            "grade", "p.grade");

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CallLine> calls(Collection<Long> ids) {
        List<ReserveCall> calls = em.createQuery(
                        "select c from ReserveCall c where c.id in :ids order by c.id desc", ReserveCall.class)
                .setParameter("ids", ids)
                .getResultList();
        // one grouped count for the whole list, not one per call
        Map<Long, Map<ProjectStatus, Long>> counts = new HashMap<>();
        em.createQuery(
                        "select p.callId, p.status, count(p) from ReserveProject p where p.callId in :ids"
                                + " group by p.callId, p.status",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new EnumMap<>(ProjectStatus.class))
                        .put((ProjectStatus) r[1], (Long) r[2]));
        return calls.stream()
                .map(c -> {
                    Map<ProjectStatus, Long> n = counts.getOrDefault(c.getId(), Map.of());
                    return new CallLine(
                            c.getId(),
                            c.getName(),
                            c.getOpensOn(),
                            c.getClosesOn(),
                            c.getTimeZone(),
                            n.getOrDefault(ProjectStatus.SUBMITTED, 0L),
                            n.getOrDefault(ProjectStatus.IN_REVIEW, 0L),
                            n.getOrDefault(ProjectStatus.LISTED, 0L));
                })
                .toList();
    }

    @Override
    public Map<ProjectStatus, Long> statusCounts(long callId) {
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        em.createQuery(
                        "select p.status, count(p) from ReserveProject p where p.callId = :call and p.status <> :draft"
                                + " group by p.status",
                        Object[].class)
                .setParameter("call", callId)
                .setParameter("draft", ProjectStatus.DRAFT)
                .getResultList()
                .forEach(r -> counts.put((ProjectStatus) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public List<ProjectLine> projects(
            long callId, ProjectStatus status, int first, int size, String sortField, boolean ascending) {
        // Map.of refuses a null key: no sort chosen is the submission order
        String order = (sortField == null ? "p.submittedAt" : SORTS.getOrDefault(sortField, "p.submittedAt"))
                + (ascending ? " asc" : " desc") + ", p.id";
        TypedQuery<ProjectLine> query = em.createQuery(
                "select new org.greenhub.reserve.application.ReserveCallQueries$ProjectLine(p.id, p.title, o.legalName,"
                        + " p.category, p.status, p.submittedAt, p.grade, p.validity.until, size(p.flags))"
                        + " from ReserveProject p, Organisation o where o.id = p.organisationId and p.callId = :call"
                        + filter(status) + " order by " + order,
                ProjectLine.class);
        return parameters(query, callId, status)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countProjects(long callId, ProjectStatus status) {
        return parameters(
                        em.createQuery(
                                "select count(p) from ReserveProject p where p.callId = :call" + filter(status),
                                Long.class),
                        callId,
                        status)
                .getSingleResult();
    }

    private static String filter(ProjectStatus status) {
        return status == null ? " and p.status <> :status" : " and p.status = :status";
    }

    private static <T> TypedQuery<T> parameters(TypedQuery<T> query, long callId, ProjectStatus status) {
        return query.setParameter("call", callId).setParameter("status", status == null ? ProjectStatus.DRAFT : status);
    }

    @Override
    public List<QueuedLine> queued(
            Collection<Long> callIds, Collection<ProjectStatus> statuses, ProjectStage stage, int first, int size) {
        if (callIds != null && callIds.isEmpty()) {
            return List.of();
        }
        return queuedParameters(
                        em.createQuery(
                                "select new org.greenhub.reserve.application.ReserveCallQueries$QueuedLine(p.id, c.id,"
                                        + " c.name, p.title, o.legalName, p.category, p.stage, p.status, p.submittedAt,"
                                        + " p.grade, size(p.flags))"
                                        + " from ReserveProject p, ReserveCall c, Organisation o"
                                        + " where c.id = p.callId and o.id = p.organisationId"
                                        + queuedFilter(callIds, stage)
                                        + " order by p.submittedAt asc, p.id asc",
                                QueuedLine.class),
                        callIds,
                        statuses,
                        stage)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countQueued(Collection<Long> callIds, Collection<ProjectStatus> statuses, ProjectStage stage) {
        if (callIds != null && callIds.isEmpty()) {
            return 0;
        }
        return queuedParameters(
                        em.createQuery(
                                "select count(p) from ReserveProject p where 1 = 1" + queuedFilter(callIds, stage),
                                Long.class),
                        callIds,
                        statuses,
                        stage)
                .getSingleResult();
    }

    private static String queuedFilter(Collection<Long> callIds, ProjectStage stage) {
        // drafts are the owners' alone, whatever statuses a caller asks for
        return " and p.status in :statuses and p.status <> :draft"
                + (callIds == null ? "" : " and p.callId in :calls")
                + (stage == null ? "" : " and p.stage = :stage");
    }

    private static <T> TypedQuery<T> queuedParameters(
            TypedQuery<T> query, Collection<Long> callIds, Collection<ProjectStatus> statuses, ProjectStage stage) {
        query.setParameter("statuses", statuses).setParameter("draft", ProjectStatus.DRAFT);
        if (callIds != null) {
            query.setParameter("calls", callIds);
        }
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        return query;
    }
}
