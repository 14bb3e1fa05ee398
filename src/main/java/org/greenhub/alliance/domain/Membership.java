package org.greenhub.alliance.domain;

import static org.greenhub.alliance.domain.MembershipStatus.*;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * An organisation's membership of one alliance, from application to exit. It belongs to the organisation (people
 * are attached to it through seats), so people joining or leaving the organisation never touch it. Every change of
 * state returns a {@link MembershipChange} for the caller to keep.
 */
@Entity
@Table(name = "alliance_membership")
public class Membership extends BaseEntity {

    /** Written notice before a voluntary exit takes effect. */
    public static final int EXIT_NOTICE_DAYS = 30;
    /** Years without dues or participation after which a member is proposed as deemed to have left. */
    public static final int DEEMED_LEFT_YEARS = 2;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9][0-9 ()\\-]{4,38}$");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private MemberCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    private String motivation;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "show_email", nullable = false)
    private boolean showEmail;

    @Column(name = "show_phone", nullable = false)
    private boolean showPhone;

    @Column(name = "show_website", nullable = false)
    private boolean showWebsite;

    @Column(name = "membership_number")
    private String membershipNumber;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    /** The vote that decided; null when none did. */
    @Embedded
    private CouncilDecision councilDecision;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "exit_notice_on")
    private LocalDate exitNoticeOn;

    @Column(name = "exit_effective_on")
    private LocalDate exitEffectiveOn;

    @Column(name = "reminder_sent_for")
    private LocalDate reminderSentFor;

    @Column(name = "deemed_left_proposed_at")
    private Instant deemedLeftProposedAt;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by")
    private Long appliedBy;

    @Version
    private long version;

    protected Membership() {}

    private Membership(
            Alliance alliance, Organisation organisation, MemberCategory category, Instant now, Long appliedBy) {
        this.alliance = alliance;
        this.organisation = organisation;
        this.category = category;
        this.appliedAt = now;
        this.appliedBy = appliedBy;
        this.sortName = organisation.getLegalName();
        this.searchKey = SearchKey.of(organisation.getLegalName(), organisation.getRegisteredName());
    }

    /** A new application; the caller keeps the returned first change. */
    public static Membership apply(
            Alliance alliance,
            Organisation organisation,
            MemberCategory category,
            Application form,
            Instant now,
            MembershipChange.Actor actor) {
        if (category == null || !category.getAlliance().getId().equals(alliance.getId())) {
            throw DomainException.invalid("category", "alliance.application.categoryRequired");
        }
        Membership membership =
                new Membership(alliance, organisation, category, now, actor == null ? null : actor.id());
        membership.motivation = TextRules.optionalName("motivation", form.motivation(), 4000);
        membership.setContacts(form.contacts());
        membership.status = SUBMITTED;
        return membership;
    }

    public MembershipChange firstChange(Instant now, MembershipChange.Actor actor) {
        return new MembershipChange(this, now, actor, null, SUBMITTED, null, null);
    }

    public void setContacts(Contacts contacts) {
        this.contactEmail = TextRules.optionalName("contactEmail", contacts.email(), 254);
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            throw DomainException.invalid("contactEmail", "alliance.validation.email");
        }
        this.contactPhone = TextRules.optionalName("contactPhone", contacts.phone(), 40);
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            throw DomainException.invalid("contactPhone", "alliance.validation.phone");
        }
        this.showEmail = contacts.showEmail() && contactEmail != null;
        this.showPhone = contacts.showPhone() && contactPhone != null;
        this.showWebsite = contacts.showWebsite();
    }

    public Contacts contacts() {
        return new Contacts(contactEmail, contactPhone, showEmail, showPhone, showWebsite);
    }

    // ---- the application ---------------------------------------------------------------------------------------

    public MembershipChange requestInformation(String question, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(SUBMITTED));
        return move(INFO_REQUESTED, reason(question), now, actor, null);
    }

    public MembershipChange answerRequest(String answer, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(INFO_REQUESTED));
        return move(SUBMITTED, reason(answer), now, actor, null);
    }

    /** The secretariat has reviewed the application and passes it to the council. */
    public MembershipChange forwardToCouncil(String note, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(SUBMITTED));
        return move(COUNCIL_REVIEW, TextRules.optionalName("reason", note, 2000), now, actor, null);
    }

    /** The council's decision on admission; a vote that does not carry rejects, with the reason given. */
    public MembershipChange councilDecides(
            CouncilDecision decision, String reason, LocalDate today, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(COUNCIL_REVIEW));
        decision.validate(alliance.getCouncilSeats(), today);
        String why = TextRules.optionalName("reason", reason, 2000);
        this.councilDecision = decision;
        if (decision.carried()) {
            return move(APPROVED, why, now, actor, decision);
        }
        if (why == null) {
            throw DomainException.invalid("reason", "alliance.membership.reasonRequired");
        }
        this.rejectionReason = why;
        return move(REJECTED, why, now, actor, decision);
    }

    /** The secretariat refuses an application outright (incomplete, out of scope), with a reason. */
    public MembershipChange reject(String reason, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(SUBMITTED, INFO_REQUESTED));
        this.rejectionReason = reason(reason);
        return move(REJECTED, rejectionReason, now, actor, null);
    }

    public MembershipChange withdraw(Instant now, MembershipChange.Actor actor) {
        require(APPLICATION_STAGES);
        return move(WITHDRAWN, null, now, actor, null);
    }

    public void recordAgreementSigned(LocalDate signedOn, LocalDate today) {
        require(EnumSet.of(APPROVED));
        if (signedOn == null) {
            throw DomainException.invalid("signedOn", "platform.validation.required");
        }
        if (signedOn.isAfter(today)) {
            throw DomainException.invalid("signedOn", "alliance.validation.dateInFuture");
        }
        this.agreementSignedOn = signedOn;
    }

    // ---- dues and validity -------------------------------------------------------------------------------------

    /** Dues may be recorded once admitted (first dues) and for every membership that still belongs to the alliance. */
    public void checkDuesAccepted() {
        if (status == APPROVED) {
            if (agreementSignedOn == null) {
                throw DomainException.conflict(null, "alliance.dues.agreementFirst");
            }
            return;
        }
        require(EnumSet.of(ACTIVE, GRACE, LAPSED, EXIT_NOTIFIED, SUSPENDED));
    }

    /**
     * Dues paid: the first dues activate the membership for a year from the payment; later dues extend it by a year
     * (from its end, or from the payment when it had already run out). Returns the change, if the state changed.
     */
    public MembershipChange duesPaid(LocalDate paidOn, String number, Instant now, MembershipChange.Actor actor) {
        checkDuesAccepted();
        if (validTo == null || validTo.isBefore(paidOn)) {
            if (validFrom == null) {
                validFrom = paidOn;
            }
            validTo = paidOn.plusYears(1).minusDays(1);
        } else {
            validTo = validTo.plusYears(1);
        }
        if (status == APPROVED) {
            this.membershipNumber = number;
            this.validFrom = paidOn;
            return move(ACTIVE, null, now, actor, null);
        }
        if (status == GRACE || status == LAPSED) {
            return move(ACTIVE, null, now, actor, null);
        }
        return null;
    }

    public boolean needsNumber() {
        return status == APPROVED;
    }

    // ---- the renewal job ---------------------------------------------------------------------------------------

    public boolean reminderDue(LocalDate today) {
        return status == ACTIVE
                && validTo != null
                && !validTo.isBefore(today)
                && !today.isBefore(validTo.minusDays(alliance.getReminderDays()))
                && !validTo.equals(reminderSentFor);
    }

    public void reminderSent() {
        this.reminderSentFor = validTo;
    }

    public MembershipChange expireIfDue(LocalDate today, Instant now) {
        if (status == ACTIVE && validTo != null && validTo.isBefore(today)) {
            return move(GRACE, null, now, null, null);
        }
        if (status == GRACE && validTo.plusDays(alliance.getGraceDays()).isBefore(today)) {
            return move(LAPSED, null, now, null, null);
        }
        if (status == EXIT_NOTIFIED && !exitEffectiveOn.isAfter(today)) {
            return move(LEFT, null, now, null, null);
        }
        return null;
    }

    public void proposeDeemedLeft(Instant now) {
        if (deemedLeftProposedAt == null) {
            deemedLeftProposedAt = now;
        }
    }

    /** The coordinator confirms the proposal made by the renewal job. */
    public MembershipChange confirmDeemedLeft(String reason, Instant now, MembershipChange.Actor actor) {
        if (deemedLeftProposedAt == null) {
            throw DomainException.conflict(null, "alliance.membership.notProposed");
        }
        require(EnumSet.of(ACTIVE, GRACE, LAPSED));
        return move(DEEMED_LEFT, reason(reason), now, actor, null);
    }

    /** The coordinator keeps the member after all (e.g. participation the records missed). */
    public void dismissDeemedLeft() {
        deemedLeftProposedAt = null;
    }

    // ---- exit and sanctions ------------------------------------------------------------------------------------

    /**
     * Voluntary exit: written notice, effective at least 30 days later, with dues settled (the membership is
     * paid up to the day it gives notice).
     */
    public MembershipChange giveNotice(
            LocalDate noticeOn,
            LocalDate effectiveOn,
            String reason,
            LocalDate today,
            Instant now,
            MembershipChange.Actor actor) {
        require(EnumSet.of(ACTIVE, GRACE, LAPSED));
        if (noticeOn == null || effectiveOn == null) {
            throw DomainException.invalid(
                    noticeOn == null ? "noticeOn" : "effectiveOn", "platform.validation.required");
        }
        if (noticeOn.isAfter(today)) {
            throw DomainException.invalid("noticeOn", "alliance.validation.dateInFuture");
        }
        if (effectiveOn.isBefore(noticeOn.plusDays(EXIT_NOTICE_DAYS))) {
            throw DomainException.invalid(
                    "effectiveOn",
                    "alliance.exit.noticeTooShort",
                    EXIT_NOTICE_DAYS,
                    noticeOn.plusDays(EXIT_NOTICE_DAYS));
        }
        if (status != ACTIVE || validTo == null || validTo.isBefore(noticeOn)) {
            throw DomainException.conflict(null, "alliance.exit.duesOutstanding");
        }
        this.exitNoticeOn = noticeOn;
        this.exitEffectiveOn = effectiveOn;
        return move(EXIT_NOTIFIED, reason(reason), now, actor, null);
    }

    public MembershipChange withdrawNotice(Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(EXIT_NOTIFIED));
        this.exitNoticeOn = null;
        this.exitEffectiveOn = null;
        return move(ACTIVE, null, now, actor, null);
    }

    public MembershipChange suspend(
            CouncilDecision decision, String reason, LocalDate today, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(ACTIVE, GRACE, LAPSED, EXIT_NOTIFIED));
        return sanction(SUSPENDED, decision, reason, today, now, actor);
    }

    public MembershipChange expel(
            CouncilDecision decision, String reason, LocalDate today, Instant now, MembershipChange.Actor actor) {
        require(MEMBERS);
        return sanction(EXPELLED, decision, reason, today, now, actor);
    }

    public MembershipChange reinstate(
            CouncilDecision decision, String reason, LocalDate today, Instant now, MembershipChange.Actor actor) {
        require(EnumSet.of(SUSPENDED));
        MembershipStatus back = validTo != null && !validTo.isBefore(today) ? ACTIVE : GRACE;
        return sanction(back, decision, reason, today, now, actor);
    }

    private MembershipChange sanction(
            MembershipStatus to,
            CouncilDecision decision,
            String reason,
            LocalDate today,
            Instant now,
            MembershipChange.Actor actor) {
        String why = reason(reason);
        if (decision == null) {
            throw DomainException.invalid("decidedOn", "platform.validation.required");
        }
        decision.validate(alliance.getCouncilSeats(), today);
        if (!decision.carried()) {
            throw DomainException.invalid("votesFor", "alliance.council.notCarried");
        }
        return move(to, why, now, actor, decision);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String reason(String text) {
        String value = TextRules.optionalName("reason", text, 2000);
        if (value == null) {
            throw DomainException.invalid("reason", "alliance.membership.reasonRequired");
        }
        return value;
    }

    private void require(Set<MembershipStatus> allowed) {
        if (!allowed.contains(status)) {
            throw DomainException.conflict(null, "alliance.membership.wrongState", status.name());
        }
    }

    private MembershipChange move(
            MembershipStatus to, String reason, Instant now, MembershipChange.Actor actor, CouncilDecision decision) {
        MembershipStatus from = status;
        status = to;
        return new MembershipChange(this, now, actor, from, to, reason, decision);
    }

    public boolean isListed() {
        return MembershipStatus.LISTED.contains(status);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("category", category.getId());
        state.put("number", membershipNumber);
        state.put("validFrom", validFrom);
        state.put("validTo", validTo);
        return state;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public void setCategory(MemberCategory category) {
        if (!category.getAlliance().getId().equals(alliance.getId())) {
            throw DomainException.invalid("category", "alliance.application.categoryRequired");
        }
        this.category = category;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getSortName() {
        return sortName;
    }

    public String getMotivation() {
        return motivation;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public LocalDate getCouncilDecidedOn() {
        return councilDecision == null ? null : councilDecision.decidedOn();
    }

    public Integer getVotesFor() {
        return councilDecision == null ? null : councilDecision.votesFor();
    }

    public Integer getVotesAgainst() {
        return councilDecision == null ? null : councilDecision.votesAgainst();
    }

    public Integer getVotesAbstaining() {
        return councilDecision == null ? null : councilDecision.abstaining();
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public LocalDate getExitNoticeOn() {
        return exitNoticeOn;
    }

    public LocalDate getExitEffectiveOn() {
        return exitEffectiveOn;
    }

    public Instant getDeemedLeftProposedAt() {
        return deemedLeftProposedAt;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Long getAppliedBy() {
        return appliedBy;
    }

    public long getVersion() {
        return version;
    }

    /** What an organisation fills in when it applies. */
    public record Application(String motivation, Contacts contacts) implements java.io.Serializable {}

    /** Contact details and which of them the public directory may show. */
    public record Contacts(String email, String phone, boolean showEmail, boolean showPhone, boolean showWebsite)
            implements java.io.Serializable {
        public static Contacts none() {
            return new Contacts(null, null, false, false, false);
        }
    }
}
