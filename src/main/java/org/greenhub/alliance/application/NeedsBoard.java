package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.alliance.domain.NeedAnswer;
import org.greenhub.alliance.domain.TechnicalNeed;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The technical-needs board of an alliance: members publish needs, other members answer; members and coordinators read. */
@ApplicationScoped
@Transactional
public class NeedsBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    AllianceAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public TechnicalNeed publish(long membershipId, String title, String body) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = new TechnicalNeed(membership, access.user(), title, body, access.now());
        em.persist(need);
        audit.record("ALLIANCE_NEED_PUBLISHED", "TechnicalNeed", need.getId(), null, Map.of("title", need.getTitle()), null);
        return need;
    }

    @Transactional
    public void answer(long needId, long membershipId, String body) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = em.find(TechnicalNeed.class, needId);
        if (need == null || !need.getAlliance().getId().equals(membership.getAlliance().getId())) {
            throw DomainException.notFound();
        }
        if (need.isClosed()) {
            throw DomainException.conflict(null, "alliance.need.closed");
        }
        if (need.getMembership().getId().equals(membershipId)) {
            throw DomainException.conflict(null, "alliance.need.ownNeed");
        }
        NeedAnswer answer = new NeedAnswer(need, membership, access.user(), body, access.now());
        em.persist(answer);
        audit.record("ALLIANCE_NEED_ANSWERED", "TechnicalNeed", needId, null, Map.of("membership", membershipId), null);
    }

    @Transactional
    public void close(long needId, long membershipId) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = em.find(TechnicalNeed.class, needId);
        if (need == null || !need.getMembership().getId().equals(membership.getId())) {
            throw DomainException.notFound();
        }
        need.close();
        audit.record("ALLIANCE_NEED_CLOSED", "TechnicalNeed", needId, null, null, null);
    }

    /** The board as a member (through one of its memberships) or a coordinator reads it, newest first. */
    @Transactional
    public List<NeedRow> board(long allianceId, int limit) {
        UserAccount user = access.user();
        var alliance = em.find(Alliance.class, allianceId);
        if (alliance == null) {
            throw DomainException.notFound();
        }
        boolean member = em.createQuery("select count(m) from Membership m where m.alliance = :a and m.status in :members "
                        + "and m.organisation.id in (select af.organisation.id from Affiliation af where af.person = :u and af.period.until is null)", Long.class)
                .setParameter("a", alliance).setParameter("members", MembershipStatus.MEMBERS).setParameter("u", user).getSingleResult() > 0;
        if (!member && !access.mayCoordinate(user, alliance)) {
            throw DomainException.notFound();
        }
        List<NeedRow> needs = em.createQuery("select new org.greenhub.alliance.application.NeedsBoard$NeedRow(n.id, m.id, m.sortName, n.title, n.body, "
                        + "n.closed, n.createdAt) from TechnicalNeed n join n.membership m where n.alliance = :a order by n.createdAt desc, n.id desc", NeedRow.class)
                .setParameter("a", alliance).setMaxResults(limit).getResultList();
        if (needs.isEmpty()) {
            return needs;
        }
        List<AnswerRow> answers = em.createQuery("select new org.greenhub.alliance.application.NeedsBoard$AnswerRow(a.need.id, m.sortName, a.body, a.createdAt) "
                        + "from NeedAnswer a join a.membership m where a.need.id in :ids order by a.id", AnswerRow.class)
                .setParameter("ids", needs.stream().map(NeedRow::id).toList()).getResultList();
        return needs.stream().map(n -> n.withAnswers(answers.stream().filter(a -> a.needId() == n.id()).toList())).toList();
    }

    private Membership participating(long membershipId) {
        Membership membership = access.readableMembership(membershipId);
        if (!access.affiliated(access.user(), membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        if (!EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.EXIT_NOTIFIED).contains(membership.getStatus())) {
            throw DomainException.conflict(null, "alliance.event.membersOnly");
        }
        return membership;
    }

    public record NeedRow(long id, long membershipId, String member, String title, String body, boolean closed, Instant createdAt,
                          List<AnswerRow> answers) implements Serializable {
        public NeedRow(long id, long membershipId, String member, String title, String body, boolean closed, Instant createdAt) {
            this(id, membershipId, member, title, body, closed, createdAt, List.of());
        }

        NeedRow withAnswers(List<AnswerRow> list) {
            return new NeedRow(id, membershipId, member, title, body, closed, createdAt, list);
        }
    }

    public record AnswerRow(long needId, String member, String body, Instant createdAt) implements Serializable {
    }
}
