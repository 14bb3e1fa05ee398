package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.DuesPayment;
import org.greenhub.alliance.domain.MemberCategory;
import org.greenhub.alliance.domain.MemberSeat;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.alliance.domain.SeatRole;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * A membership from application to exit. Organisations apply and act through the people who may act for them;
 * coordinators of that alliance review, record council decisions, agreements and dues, and apply sanctions. Every
 * change of state is kept (who, when, why) and audited; a refusal stores nothing.
 */
@ApplicationScoped
public class MembershipService {

    @Inject
    MembershipRepository memberships;

    @Inject
    AllianceRepository alliances;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    AllianceAccess access;

    @Inject
    OrganisationService organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AllianceMails mails;

    // ---- the organisation's side ---------------------------------------------------------------------------------

    /** Days between an exit notice and the earliest day the exit may take effect (the exit form's default). */
    public static final int EXIT_NOTICE_DAYS = Membership.EXIT_NOTICE_DAYS;

    /** {@link #apply}, answering the new membership's id (what the application page opens next). */
    @Transactional
    public long submitApplication(long allianceId, long organisationId, long categoryId, Membership.Application form) {
        return apply(allianceId, organisationId, categoryId, form).getId();
    }

    /** An organisation applies; the caller must be able to act for it. One open membership per organisation and alliance. */
    @Transactional
    public Membership apply(long allianceId, long organisationId, long categoryId, Membership.Application form) {
        UserAccount user = access.user();
        Alliance alliance = alliances.find(allianceId).orElseThrow(DomainException::notFound);
        if (!organisations.canEdit(organisationId)) {
            throw DomainException.invalid("organisation", "alliance.application.notYourOrganisation");
        }
        Organisation organisation = organisationRepository.find(organisationId).orElse(null);
        if (organisation == null) {
            throw DomainException.invalid("organisation", "alliance.application.notYourOrganisation");
        }
        MemberCategory category = alliances.findCategory(categoryId).orElse(null);
        if (openMembership(allianceId, organisationId) != null) {
            throw DomainException.conflict("organisation", "alliance.application.duplicate");
        }
        MembershipChange.Actor actor = access.actor();
        Membership membership = Membership.apply(alliance, organisation, category, form, access.now(), actor);
        memberships.add(membership);
        try {
            memberships.flush();
        } catch (PersistenceException race) {
            // the partial unique index caught a second application arriving at the same moment
            throw DomainException.conflict("organisation", "alliance.application.duplicate");
        }
        memberships.addChange(membership.firstChange(access.now(), actor));
        memberships.addSeat(new MemberSeat(membership, user, SeatRole.REPRESENTATIVE, access.today(), access.now()));
        audit.record(
                "ALLIANCE_APPLICATION_SUBMITTED",
                "Membership",
                membership.getId(),
                null,
                membership.snapshot(),
                organisation.getLegalName());
        mails.newApplication(membership);
        return membership;
    }

    private Long openMembership(long allianceId, long organisationId) {
        return memberships.openMembershipId(allianceId, organisationId).orElse(null);
    }

    @Transactional
    public void answerRequest(long membershipId, String answer) {
        Membership membership = access.ownMembership(membershipId);
        change(membership, "ALLIANCE_INFORMATION_GIVEN", m -> m.answerRequest(answer, access.now(), access.actor()));
        mails.informationGiven(membership);
    }

    @Transactional
    public void withdraw(long membershipId) {
        change(
                access.ownMembership(membershipId),
                "ALLIANCE_APPLICATION_WITHDRAWN",
                m -> m.withdraw(access.now(), access.actor()));
    }

    /**
     * Voluntary exit: written notice at least 30 days ahead, dues settled. Given by the organisation on its page, or
     * recorded by the secretariat when the written notice arrived on paper.
     */
    @Transactional
    public void giveNotice(long membershipId, LocalDate noticeOn, LocalDate effectiveOn, String reason) {
        change(
                ownOrCoordinated(membershipId),
                "ALLIANCE_EXIT_NOTIFIED",
                m -> m.giveNotice(noticeOn, effectiveOn, reason, access.today(), access.now(), access.actor()));
    }

    @Transactional
    public void withdrawNotice(long membershipId) {
        change(
                ownOrCoordinated(membershipId),
                "ALLIANCE_EXIT_NOTICE_WITHDRAWN",
                m -> m.withdrawNotice(access.now(), access.actor()));
    }

    private Membership ownOrCoordinated(long membershipId) {
        Membership membership = access.readableMembership(membershipId);
        if (!access.mayCoordinate(access.user(), membership.getAlliance())
                && !organisations.canEdit(membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        return membership;
    }

    /** The member chooses its contact details and which of them the public directory shows. */
    @Transactional
    public void updateContacts(long membershipId, Membership.Contacts contacts) {
        Membership membership = access.ownMembership(membershipId);
        membership.setContacts(contacts);
        audit.record(
                "ALLIANCE_CONTACTS_UPDATED",
                "Membership",
                membershipId,
                null,
                Map.of(
                        "showEmail",
                        contacts.showEmail(),
                        "showPhone",
                        contacts.showPhone(),
                        "showWebsite",
                        contacts.showWebsite()),
                null);
    }

    /**
     * Gives a person a seat (representative or contact). The person must currently belong to the organisation; a new
     * representative replaces the previous one. Members' maintainers and the alliance's coordinators may do this.
     */
    @Transactional
    public MemberSeat addSeat(long membershipId, String email, SeatRole role) {
        Membership membership = seatManaged(membershipId);
        UserAccount person = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> DomainException.invalid("seatEmail", "alliance.seat.unknownPerson"));
        if (!access.affiliated(person, membership.getOrganisation().getId())) {
            throw DomainException.invalid("seatEmail", "alliance.seat.notInOrganisation");
        }
        LocalDate today = access.today();
        List<MemberSeat> current =
                seats(membership).stream().filter(s -> s.isCurrent(today)).toList();
        if (current.stream().anyMatch(s -> s.getPerson().getId().equals(person.getId()) && s.getRole() == role)) {
            throw DomainException.conflict("seatEmail", "alliance.seat.duplicate");
        }
        if (role == SeatRole.REPRESENTATIVE) {
            current.stream().filter(s -> s.getRole() == SeatRole.REPRESENTATIVE).forEach(s -> s.end(today));
        }
        MemberSeat seat = new MemberSeat(membership, person, role, today, access.now());
        memberships.addSeat(seat);
        audit.record(
                "ALLIANCE_SEAT_ADDED",
                "Membership",
                membershipId,
                null,
                Map.of("person", person.getEmail(), "role", role),
                null);
        return seat;
    }

    @Transactional
    public void endSeat(long seatId) {
        MemberSeat seat = memberships.findSeat(seatId).orElseThrow(DomainException::notFound);
        seatManaged(seat.getMembership().getId());
        seat.end(access.today());
        audit.record(
                "ALLIANCE_SEAT_ENDED",
                "Membership",
                seat.getMembership().getId(),
                Map.of("person", seat.getPerson().getEmail(), "role", seat.getRole()),
                null,
                null);
    }

    private Membership seatManaged(long membershipId) {
        Membership membership = access.readableMembership(membershipId);
        boolean coordinator = access.mayCoordinate(access.user(), membership.getAlliance());
        if (!coordinator && !organisations.canEdit(membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        if (membership.getStatus().closed()) {
            throw DomainException.conflict(
                    null,
                    "alliance.membership.wrongState",
                    membership.getStatus().name());
        }
        return membership;
    }

    List<MemberSeat> seats(Membership membership) {
        return memberships.seatsOf(membership);
    }

    // ---- the secretariat and the council -----------------------------------------------------------------------

    @Transactional
    public void requestInformation(long membershipId, String question) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_INFORMATION_REQUESTED",
                m -> m.requestInformation(question, access.now(), access.actor()));
    }

    @Transactional
    public void forwardToCouncil(long membershipId, String note) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_FORWARDED_TO_COUNCIL",
                m -> m.forwardToCouncil(note, access.now(), access.actor()));
    }

    @Transactional
    public void reject(long membershipId, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_APPLICATION_REJECTED",
                m -> m.reject(reason, access.now(), access.actor()));
    }

    /** Records the council's vote on admission: approved when it carries, rejected (with the reason) when not. */
    @Transactional
    public void recordCouncilDecision(long membershipId, CouncilDecision decision, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_COUNCIL_DECIDED",
                m -> m.councilDecides(decision, reason, access.today(), access.now(), access.actor()));
    }

    @Transactional
    public void recordAgreementSigned(long membershipId, LocalDate signedOn) {
        Membership membership = access.coordinatedMembership(membershipId);
        membership.recordAgreementSigned(signedOn, access.today());
        audit.record("ALLIANCE_AGREEMENT_SIGNED", "Membership", membershipId, null, Map.of("signedOn", signedOn), null);
    }

    /**
     * Records dues received. The first dues of an approved application (agreement signed) make it an active member
     * with a membership number and a year's validity; later dues extend the validity.
     */
    @Transactional
    public DuesPayment recordDues(long membershipId, DuesPayment.Dues dues) {
        Membership membership = access.coordinatedMembership(membershipId);
        membership.checkDuesAccepted();
        dues.validate(access.today());
        Alliance alliance = access.coordinatedForUpdate(membership.getAlliance().getId());
        String number = membership.needsNumber()
                ? alliance.takeMemberNumber(dues.paidOn().getYear())
                : null;
        DuesPayment payment = new DuesPayment(
                membership,
                dues,
                access.today(),
                access.now(),
                access.actor() == null ? null : access.actor().id());
        memberships.addPayment(payment);
        Map<String, Object> before = membership.snapshot();
        MembershipChange change = membership.duesPaid(dues.paidOn(), number, access.now(), access.actor());
        membership.dismissDeemedLeft();
        if (change != null) {
            memberships.addChange(change);
            mails.statusChanged(membership, access.today());
        }
        audit.record(
                "ALLIANCE_DUES_RECORDED",
                "Membership",
                membershipId,
                before,
                membership.snapshot(),
                dues.amount().toPlainString() + " " + dues.paidOn() + " " + dues.reference());
        return payment;
    }

    @Transactional
    public void changeCategory(long membershipId, long categoryId) {
        Membership membership = access.coordinatedMembership(membershipId);
        MemberCategory category = alliances.findCategory(categoryId).orElse(null);
        if (category == null) {
            throw DomainException.invalid("category", "alliance.application.categoryRequired");
        }
        Map<String, Object> before = membership.snapshot();
        membership.setCategory(category);
        audit.record("ALLIANCE_CATEGORY_CHANGED", "Membership", membershipId, before, membership.snapshot(), null);
    }

    @Transactional
    public void suspend(long membershipId, CouncilDecision decision, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_MEMBER_SUSPENDED",
                m -> m.suspend(decision, reason, access.today(), access.now(), access.actor()));
    }

    @Transactional
    public void expel(long membershipId, CouncilDecision decision, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_MEMBER_EXPELLED",
                m -> m.expel(decision, reason, access.today(), access.now(), access.actor()));
    }

    @Transactional
    public void reinstate(long membershipId, CouncilDecision decision, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_MEMBER_REINSTATED",
                m -> m.reinstate(decision, reason, access.today(), access.now(), access.actor()));
    }

    /** The coordinator confirms that a member proposed by the renewal job is deemed to have left. */
    @Transactional
    public void confirmDeemedLeft(long membershipId, String reason) {
        change(
                access.coordinatedMembership(membershipId),
                "ALLIANCE_MEMBER_DEEMED_LEFT",
                m -> m.confirmDeemedLeft(reason, access.now(), access.actor()));
    }

    @Transactional
    public void dismissDeemedLeft(long membershipId) {
        Membership membership = access.coordinatedMembership(membershipId);
        membership.dismissDeemedLeft();
        audit.record("ALLIANCE_DEEMED_LEFT_DISMISSED", "Membership", membershipId, null, null, null);
    }

    private void change(Membership membership, String action, Function<Membership, MembershipChange> step) {
        Map<String, Object> before = membership.snapshot();
        MembershipChange change = step.apply(membership);
        memberships.addChange(change);
        audit.record(action, "Membership", membership.getId(), before, membership.snapshot(), change.getReason());
        mails.statusChanged(membership, access.today());
    }
}
