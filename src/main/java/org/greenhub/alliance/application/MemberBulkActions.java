package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * A coordinator's actions on several memberships of one alliance at once: ask applicants for information, remind
 * members of what they owe. Every membership is checked first (it must belong to that alliance, which the caller
 * coordinates, and be in a state the action applies to); when any is refused, nothing is done and every refusal is
 * reported with its reason.
 */
@ApplicationScoped
public class MemberBulkActions {

    /** At most this many memberships per action: "all matching" of a large alliance is still one mailing of a size the outbox takes. */
    public static final int MAX_MEMBERS = 500;

    /** Who owes their dues: approved (agreement signed, first dues due), in grace, lapsed. */
    public static final Set<MembershipStatus> DUES_OUTSTANDING =
            EnumSet.of(MembershipStatus.APPROVED, MembershipStatus.GRACE, MembershipStatus.LAPSED);

    @Inject
    org.greenhub.alliance.domain.MembershipRepository membershipRepository;

    @Inject
    AllianceAccess access;

    @Inject
    MembershipService memberships;

    @Inject
    AllianceMails mails;

    @Inject
    AuditTrail audit;

    /** One membership that was refused: its member's name when the caller may see it (otherwise only the id it sent). */
    public record Refusal(long membershipId, String name, String messageKey, Object[] args) implements Serializable {}

    /** Nothing was done; the refusals say which memberships stood in the way and why. Rolls the transaction back. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.size() + " memberships refused");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** Asks every given applicant (submitted, not yet asked) the same question; answers how many were asked. */
    @Transactional
    public int requestInformation(long allianceId, List<Long> membershipIds, String question) {
        if (question == null || question.isBlank()) {
            throw DomainException.invalid("bulkQuestion", "platform.validation.required");
        }
        Map<Long, Membership> checked =
                check(allianceId, membershipIds, EnumSet.of(MembershipStatus.SUBMITTED), "alliance.bulk.notAsked");
        checked.keySet().forEach(id -> memberships.requestInformation(id, question));
        return checked.size();
    }

    /**
     * Reminds every given membership of what it owes: an applicant asked for information of its answer, a member with
     * dues outstanding of its dues. Mailed to each member's people in their own language; answers how many.
     */
    @Transactional
    public int remind(long allianceId, List<Long> membershipIds) {
        Set<MembershipStatus> remindable = EnumSet.copyOf(DUES_OUTSTANDING);
        remindable.add(MembershipStatus.INFO_REQUESTED);
        Map<Long, Membership> checked = check(allianceId, membershipIds, remindable, "alliance.bulk.noReminder");
        for (Membership membership : checked.values()) {
            boolean answer = membership.getStatus() == MembershipStatus.INFO_REQUESTED;
            mails.reminder(
                    membership, answer ? "alliance.mail.remindAnswer" : "alliance.mail.remindDues", access.today());
            audit.record(
                    "ALLIANCE_REMINDER_SENT",
                    "Membership",
                    membership.getId(),
                    null,
                    Map.of("status", membership.getStatus()),
                    answer ? "information requested" : "dues outstanding");
        }
        return checked.size();
    }

    /** Every membership: of this alliance, coordinated by the caller, in one of the states; all of them, or a refusal. */
    private Map<Long, Membership> check(
            long allianceId, List<Long> membershipIds, Set<MembershipStatus> states, String wrongStateKey) {
        access.coordinated(allianceId);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(membershipIds == null ? List.of() : membershipIds));
        if (ids.isEmpty()) {
            throw DomainException.invalid(null, "alliance.bulk.noneSelected");
        }
        if (ids.size() > MAX_MEMBERS) {
            throw DomainException.invalid(null, "alliance.bulk.tooMany", MAX_MEMBERS);
        }
        Map<Long, Membership> checked = new LinkedHashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        for (long id : ids) {
            Membership membership = membershipRepository.find(id).orElse(null);
            if (membership == null || membership.getAlliance().getId() != allianceId) {
                // another alliance's member is as unknown here as a missing one: its name is not shown
                refusals.add(new Refusal(id, null, "platform.error.notFound", new Object[0]));
            } else if (!states.contains(membership.getStatus())) {
                refusals.add(new Refusal(id, membership.getSortName(), wrongStateKey, new Object[0]));
            } else {
                checked.put(id, membership);
            }
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        return checked;
    }
}
