package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.alliance.domain.NeedAnswer;
import org.greenhub.alliance.domain.TechnicalNeed;
import org.greenhub.alliance.domain.TechnicalNeedRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/** The technical-needs board of an alliance: members publish needs, other members answer; members and coordinators read. */
@ApplicationScoped
@Transactional
public class NeedsBoard {

    @Inject
    TechnicalNeedRepository needRepository;

    @Inject
    AllianceRepository alliances;

    @Inject
    MembershipRepository memberships;

    @Inject
    AllianceReads reads;

    @Inject
    AllianceAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public TechnicalNeed publish(long membershipId, String title, String body) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = new TechnicalNeed(membership, access.user(), title, body, access.now());
        needRepository.add(need);
        audit.record(
                "ALLIANCE_NEED_PUBLISHED", "TechnicalNeed", need.getId(), null, Map.of("title", need.getTitle()), null);
        return need;
    }

    @Transactional
    public void answer(long needId, long membershipId, String body) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = needRepository.find(needId).orElse(null);
        if (need == null
                || !need.getAlliance().getId().equals(membership.getAlliance().getId())) {
            throw DomainException.notFound();
        }
        if (need.isClosed()) {
            throw DomainException.conflict(null, "alliance.need.closed");
        }
        if (need.getMembership().getId().equals(membershipId)) {
            throw DomainException.conflict(null, "alliance.need.ownNeed");
        }
        NeedAnswer answer = new NeedAnswer(need, membership, access.user(), body, access.now());
        needRepository.addAnswer(answer);
        audit.record("ALLIANCE_NEED_ANSWERED", "TechnicalNeed", needId, null, Map.of("membership", membershipId), null);
    }

    @Transactional
    public void close(long needId, long membershipId) {
        Membership membership = participating(membershipId);
        TechnicalNeed need = needRepository.find(needId).orElse(null);
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
        var alliance = alliances.find(allianceId).orElse(null);
        if (alliance == null) {
            throw DomainException.notFound();
        }
        boolean member = memberships.hasMemberPerson(alliance, user);
        if (!member && !access.mayCoordinate(user, alliance)) {
            throw DomainException.notFound();
        }
        List<NeedRow> needs = reads.needs(alliance, limit);
        if (needs.isEmpty()) {
            return needs;
        }
        List<AnswerRow> answers = reads.answers(needs.stream().map(NeedRow::id).toList());
        return needs.stream()
                .map(n -> n.withAnswers(
                        answers.stream().filter(a -> a.needId() == n.id()).toList()))
                .toList();
    }

    private Membership participating(long membershipId) {
        Membership membership = access.readableMembership(membershipId);
        if (!access.affiliated(access.user(), membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        if (!EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.EXIT_NOTIFIED)
                .contains(membership.getStatus())) {
            throw DomainException.conflict(null, "alliance.event.membersOnly");
        }
        return membership;
    }

    public record NeedRow(
            long id,
            long membershipId,
            String member,
            String title,
            String body,
            boolean closed,
            Instant createdAt,
            List<AnswerRow> answers)
            implements Serializable {
        public NeedRow(
                long id,
                long membershipId,
                String member,
                String title,
                String body,
                boolean closed,
                Instant createdAt) {
            this(id, membershipId, member, title, body, closed, createdAt, List.of());
        }

        NeedRow withAnswers(List<AnswerRow> list) {
            return new NeedRow(id, membershipId, member, title, body, closed, createdAt, list);
        }
    }

    public record AnswerRow(long needId, String member, String body, Instant createdAt) implements Serializable {}
}
