package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.application.AllianceAdministration.CouncilRow;
import org.greenhub.alliance.application.AllianceReads;
import org.greenhub.alliance.application.EventService.EventRow;
import org.greenhub.alliance.application.EventService.RegistrationRow;
import org.greenhub.alliance.application.MemberEvaluationService.EvaluationLine;
import org.greenhub.alliance.application.NeedsBoard.AnswerRow;
import org.greenhub.alliance.application.NeedsBoard.NeedRow;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.CouncilMember;

@ApplicationScoped
public class JpaAllianceReads implements AllianceReads {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Object[]> memberExportRows(Alliance alliance, java.util.Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of(); // an empty selection matches nothing (and an empty IN list is not valid JPQL)
        }
        var query = em.createQuery(
                        "select m.membershipNumber, m.sortName, o.registeredName, o.kind, c.name.en, c.name.zh, c.name.th, c.name.vi, "
                                + "c.annualDues, m.status, m.validFrom, m.validTo, m.contactEmail, m.contactPhone "
                                + "from Membership m join m.organisation o join m.category c "
                                + "where m.alliance = :a" + (only == null ? "" : " and m.id in :only")
                                + " order by m.sortName, m.id",
                        Object[].class)
                .setParameter("a", alliance);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.getResultList();
    }

    @Override
    public List<Object[]> ledgerExportRows(long allianceId) {
        return em.createQuery(
                        "select p.paidOn, m.membershipNumber, m.sortName, p.amount, p.reference from DuesPayment p "
                                + "join p.membership m where p.allianceId = :a order by p.paidOn, p.id",
                        Object[].class)
                .setParameter("a", allianceId)
                .getResultList();
    }

    @Override
    public List<Object[]> evaluationExportRows(long allianceId, int year) {
        return em.createQuery(
                        "select e.year, m.membershipNumber, m.sortName, e.attendanceScore, e.reportsScore, e.projectsScore, "
                                + "e.duesScore, e.computedScore, e.adjustment, e.adjustmentReason, e.finalScore, e.band, e.published "
                                + "from MemberEvaluation e join e.membership m where e.allianceId = :a and e.year = :y order by m.sortName, e.id",
                        Object[].class)
                .setParameter("a", allianceId)
                .setParameter("y", year)
                .getResultList();
    }

    @Override
    public List<CouncilRow> council(long allianceId) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.AllianceAdministration$CouncilRow(c.id, c.office, c.personName, o.legalName) "
                                + "from CouncilMember c left join c.organisation o where c.alliance.id = :a "
                                + "order by case when c.office = :chair then 0 when c.office = :vice then 1 else 2 end, c.personName, c.id",
                        CouncilRow.class)
                .setParameter("a", allianceId)
                .setParameter("chair", CouncilMember.Office.CHAIR)
                .setParameter("vice", CouncilMember.Office.VICE_CHAIR)
                .getResultList();
    }

    @Override
    public List<EventRow> upcomingEvents(long allianceId, Instant from, int limit) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.EventService$EventRow(e.id, e.kind, "
                                + "e.title.en, e.title.zh, e.title.th, e.title.vi, e.startsAt, e.location.en, e.location.zh, e.location.th, e.location.vi, "
                                + "e.capacity, (select count(r) from EventRegistration r where r.event = e)) from AllianceEvent e "
                                + "where e.alliance.id = :a and e.startsAt >= :from order by e.startsAt",
                        EventRow.class)
                .setParameter("a", allianceId)
                .setParameter("from", from)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<EventRow> eventsFrom(long allianceId, Instant from, int first, int size) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.EventService$EventRow(e.id, e.kind, "
                                + "e.title.en, e.title.zh, e.title.th, e.title.vi, e.startsAt, e.location.en, e.location.zh, e.location.th, e.location.vi, "
                                + "e.capacity, (select count(r) from EventRegistration r where r.event = e)) from AllianceEvent e "
                                + "where e.alliance.id = :a and e.startsAt >= :from order by e.startsAt, e.id",
                        EventRow.class)
                .setParameter("a", allianceId)
                .setParameter("from", from)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countEventsFrom(long allianceId, Instant from) {
        return em.createQuery(
                        "select count(e) from AllianceEvent e where e.alliance.id = :a and e.startsAt >= :from",
                        Long.class)
                .setParameter("a", allianceId)
                .setParameter("from", from)
                .getSingleResult();
    }

    @Override
    public List<EventRow> allEvents(long allianceId) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.EventService$EventRow(e.id, e.kind, "
                                + "e.title.en, e.title.zh, e.title.th, e.title.vi, e.startsAt, e.location.en, e.location.zh, e.location.th, e.location.vi, "
                                + "e.capacity, (select count(r) from EventRegistration r where r.event = e)) from AllianceEvent e "
                                + "where e.alliance.id = :a order by e.startsAt desc",
                        EventRow.class)
                .setParameter("a", allianceId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public List<RegistrationRow> registrations(AllianceEvent event) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.EventService$RegistrationRow(r.id, m.sortName, p.displayName, "
                                + "r.registeredAt, r.attended) from EventRegistration r join r.membership m join r.person p where r.event = :e order by m.sortName, r.id",
                        RegistrationRow.class)
                .setParameter("e", event)
                .getResultList();
    }

    @Override
    public List<Long> registeredEventIds(long membershipId, long personId) {
        return em.createQuery(
                        "select r.event.id from EventRegistration r where r.membership.id = :m and r.person.id = :p",
                        Long.class)
                .setParameter("m", membershipId)
                .setParameter("p", personId)
                .getResultList();
    }

    @Override
    public List<NeedRow> needs(Alliance alliance, int limit) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.NeedsBoard$NeedRow(n.id, m.id, m.sortName, n.title, n.body, "
                                + "n.closed, n.createdAt) from TechnicalNeed n join n.membership m where n.alliance = :a order by n.createdAt desc, n.id desc",
                        NeedRow.class)
                .setParameter("a", alliance)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AnswerRow> answers(Collection<Long> needIds) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.NeedsBoard$AnswerRow(a.need.id, m.sortName, a.body, a.createdAt) "
                                + "from NeedAnswer a join a.membership m where a.need.id in :ids order by a.id",
                        AnswerRow.class)
                .setParameter("ids", needIds)
                .getResultList();
    }

    @Override
    public List<EvaluationLine> evaluationLines(long allianceId, int year, int first, int size) {
        return em.createQuery(
                        "select new org.greenhub.alliance.application.MemberEvaluationService$EvaluationLine(e.id, m.id, m.sortName, "
                                + "e.attendanceScore, e.reportsScore, e.projectsScore, e.duesScore, e.computedScore, e.adjustment, e.adjustmentReason, "
                                + "e.finalScore, e.band, e.published) from MemberEvaluation e join e.membership m where e.allianceId = :a and e.year = :y "
                                + "order by m.sortName, e.id",
                        EvaluationLine.class)
                .setParameter("a", allianceId)
                .setParameter("y", year)
                .setFirstResult(first)
                .setMaxResults(Math.min(size, 200))
                .getResultList();
    }

    @Override
    public long countEvaluations(long allianceId, int year) {
        return em.createQuery(
                        "select count(e) from MemberEvaluation e where e.allianceId = :a and e.year = :y", Long.class)
                .setParameter("a", allianceId)
                .setParameter("y", year)
                .getSingleResult();
    }

    @Override
    public Map<Long, Long> attendance(Alliance alliance, Instant from, Instant to) {
        Map<Long, Long> attended = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.membership.id, count(distinct r.event.id) from EventRegistration r where r.attended = true "
                                + "and r.event.alliance = :a and r.event.startsAt >= :from and r.event.startsAt < :to group by r.membership.id",
                        Object[].class)
                .setParameter("a", alliance)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            attended.put((Long) row[0], (Long) row[1]);
        }
        return attended;
    }

    @Override
    public List<Long> paidMembershipIds(long allianceId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select distinct p.membership.id from DuesPayment p where p.allianceId = :a and p.paidOn >= :from and p.paidOn < :to",
                        Long.class)
                .setParameter("a", allianceId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<UserAccount> coordinators(Collection<Long> ids) {
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
