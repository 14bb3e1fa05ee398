package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.DuesPayment;
import org.greenhub.alliance.domain.MemberSeat;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.alliance.domain.SeatRole;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Membership> find(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    @Override
    public void add(Membership membership) {
        em.persist(membership);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addChange(MembershipChange change) {
        em.persist(change);
    }

    @Override
    public Optional<Long> openMembershipId(long allianceId, long organisationId) {
        return em.createQuery(
                        "select m.id from Membership m where m.alliance.id = :a and m.organisation.id = :o and m.status not in :closed",
                        Long.class)
                .setParameter("a", allianceId)
                .setParameter("o", organisationId)
                .setParameter("closed", MembershipStatus.CLOSED)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Membership> ofOrganisation(long organisationId) {
        return em.createQuery(
                        "select m from Membership m join fetch m.alliance where m.organisation.id = :o order by m.appliedAt desc",
                        Membership.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    @Override
    public List<Membership> membersOf(Alliance alliance) {
        return em.createQuery(
                        "select m from Membership m where m.alliance = :a and m.status in :members", Membership.class)
                .setParameter("a", alliance)
                .setParameter("members", MembershipStatus.MEMBERS)
                .getResultList();
    }

    @Override
    public boolean hasMemberPerson(Alliance alliance, UserAccount user) {
        return em.createQuery(
                                "select count(m) from Membership m where m.alliance = :a and m.status in :members "
                                        + "and m.organisation.id in (select af.organisation.id from Affiliation af where af.person = :u and af.period.until is null)",
                                Long.class)
                        .setParameter("a", alliance)
                        .setParameter("members", MembershipStatus.MEMBERS)
                        .setParameter("u", user)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void addSeat(MemberSeat seat) {
        em.persist(seat);
    }

    @Override
    public Optional<MemberSeat> findSeat(long id) {
        return Optional.ofNullable(em.find(MemberSeat.class, id));
    }

    @Override
    public List<MemberSeat> seatsOf(Membership membership) {
        return em.createQuery(
                        "select s from MemberSeat s join fetch s.person where s.membership = :m order by s.period.since, s.id",
                        MemberSeat.class)
                .setParameter("m", membership)
                .getResultList();
    }

    @Override
    public List<UserAccount> currentSeatHolders(Membership membership, LocalDate today) {
        return em.createQuery(
                        "select s.person from MemberSeat s where s.membership = :m and (s.period.until is null or s.period.until > :today)"
                                + " order by case when s.role = :rep then 0 else 1 end, s.id",
                        UserAccount.class)
                .setParameter("m", membership)
                .setParameter("today", today)
                .setParameter("rep", SeatRole.REPRESENTATIVE)
                .getResultList();
    }

    @Override
    public void addPayment(DuesPayment payment) {
        em.persist(payment);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueForReminder(LocalDate today, Long allianceId, int batch) {
        List<Number> dueIds = em.createNativeQuery(
                        "select m.id from alliance_membership m join alliance a on a.id = m.alliance_id "
                                + "where m.status = 'ACTIVE' and m.valid_to >= cast(?1 as date) and m.valid_to <= cast(?1 as date) + a.reminder_days "
                                + "and (m.reminder_sent_for is null or m.reminder_sent_for <> m.valid_to) and (cast(?2 as bigint) = 0 or m.alliance_id = cast(?2 as bigint)) "
                                + "order by m.id limit " + batch)
                .setParameter(1, today)
                .setParameter(2, allianceId == null ? 0L : allianceId)
                .getResultList();
        return dueIds.stream().map(Number::longValue).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueToMoveOn(LocalDate today, Long allianceId, int batch) {
        List<Number> expiringIds = em.createNativeQuery(
                        "select m.id from alliance_membership m join alliance a on a.id = m.alliance_id "
                                + "where ((m.status = 'ACTIVE' and m.valid_to < cast(?1 as date)) "
                                + "or (m.status = 'GRACE' and m.valid_to + a.grace_days < cast(?1 as date)) "
                                + "or (m.status = 'EXIT_NOTIFIED' and m.exit_effective_on <= cast(?1 as date))) "
                                + "and (cast(?2 as bigint) = 0 or m.alliance_id = cast(?2 as bigint)) order by m.id limit "
                                + batch)
                .setParameter(1, today)
                .setParameter(2, allianceId == null ? 0L : allianceId)
                .getResultList();
        return expiringIds.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Membership> withAlliance(Collection<Long> ids) {
        return em.createQuery("select m from Membership m join fetch m.alliance where m.id in :ids", Membership.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Membership> withAllianceInIdOrder(Collection<Long> ids) {
        return em.createQuery(
                        "select m from Membership m join fetch m.alliance where m.id in :ids order by m.id",
                        Membership.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Membership> silentSince(LocalDate cutoff, LocalDate today, Long allianceId, int batch) {
        return em.createQuery(
                        "select m from Membership m where m.status in :members and m.deemedLeftProposedAt is null "
                                + "and coalesce(m.validFrom, :today) < :cutoff and (:alliance = 0 or m.alliance.id = :alliance) "
                                + "and not exists (select p from DuesPayment p where p.membership = m and p.paidOn >= :cutoff) "
                                + "and not exists (select r from EventRegistration r where r.membership = m and r.attended = true and r.event.startsAt >= :cutoffInstant)",
                        Membership.class)
                .setParameter(
                        "members", EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.LAPSED))
                .setParameter("today", today)
                .setParameter("cutoff", cutoff)
                .setParameter("alliance", allianceId == null ? 0L : allianceId)
                .setParameter(
                        "cutoffInstant", cutoff.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setMaxResults(batch)
                .getResultList();
    }
}
