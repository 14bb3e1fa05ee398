package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceAdministration.CategoryChoice;
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.MembershipView;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.DuesPayment.Dues;
import org.greenhub.alliance.domain.SeatRole;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.primefaces.model.file.UploadedFile;

/**
 * One membership, for its own people (follow the application, answer questions, contacts, seats, events, notice to
 * leave) and for its alliance's coordinators (review, council decision, agreement, dues, sanctions). The services
 * check every action again; the page only shows what the viewer may do.
 */
@Named("membershipPage")
@ViewScoped
public class MembershipBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a council vote entered on this page decides. */
    public enum DecisionKind {
        ADMISSION,
        SUSPEND,
        EXPEL,
        REINSTATE
    }

    @Inject
    MembershipService memberships;

    @Inject
    MembershipQueries queries;

    @Inject
    EventService events;

    @Inject
    AllianceDocuments documents;

    @Inject
    AllianceAdministration administration;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private MembershipView view;
    private List<EventService.EventRow> upcoming;
    private List<Long> registeredEvents;
    private List<AllianceDocuments.DocumentRow> memberDocuments;
    private List<CategoryChoice> categories;

    // forms
    private String text;
    private LocalDate decidedOn;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstaining = 0;
    private DecisionKind decisionKind;
    /** The coordinator opened the sanctions form (closed again once a decision is recorded). */
    private boolean sanctionsOpen;

    private LocalDate signedOn;
    private transient UploadedFile agreementFile;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String reference;
    private LocalDate noticeOn;
    private LocalDate effectiveOn;
    private ContactsForm contacts = new ContactsForm();
    private String seatEmail;
    private SeatRole seatRole = SeatRole.CONTACT;
    private Long categoryId;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
            LocalDate today = LocalDate.now(clock);
            signedOn = today;
            noticeOn = today;
            effectiveOn = today.plusDays(MembershipService.EXIT_NOTICE_DAYS);
            contacts = ContactsForm.of(view.contacts());
            resetCouncilForm();
            resetDuesForm();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        view = queries.view(id, Language.of(locale.getLocale()));
        upcoming = events.events(view.allianceId(), Instant.now(clock), 20);
        registeredEvents = events.myRegisteredEvents(id);
        memberDocuments = documents.membershipDocuments(id);
        if (view.coordinator()) {
            categories = administration.categoryChoices(view.allianceId());
        }
        text = null;
    }

    /**
     * Runs one action. Done, the state may have moved on, so the council and dues forms start again from the new
     * state's safe step; refused, the refusal is shown beside its field and the form keeps its input.
     */
    private void run(String formId, String doneKey, Runnable step) {
        try {
            step.run();
            refresh();
            resetCouncilForm();
            resetDuesForm();
            messages.info(doneKey);
        } catch (DomainException refusal) {
            messages.error(formId, refusal);
        }
    }

    /**
     * The council form starts on the safe step: the one decision the state allows (admission) is chosen, with today as
     * its date; a sanction (suspension, expulsion, reinstatement) is never chosen for the coordinator, nor dated.
     */
    private void resetCouncilForm() {
        List<DecisionKind> kinds = getDecisionKinds();
        boolean admission = kinds.equals(List.of(DecisionKind.ADMISSION));
        decisionKind = admission ? DecisionKind.ADMISSION : null;
        sanctionsOpen = false;
        decidedOn = admission ? LocalDate.now(clock) : null;
        votesFor = null;
        votesAgainst = null;
        abstaining = 0;
    }

    /** The dues form offers the next payment: the category's annual dues, paid today, with no reference yet. */
    private void resetDuesForm() {
        amount = view.annualDues();
        paidOn = LocalDate.now(clock);
        reference = null;
        categoryId = view.categoryId();
    }

    private CouncilDecision decision() {
        return new CouncilDecision(
                decidedOn,
                votesFor == null ? 0 : votesFor,
                votesAgainst == null ? 0 : votesAgainst,
                abstaining == null ? 0 : abstaining);
    }

    // ---- the member's actions ----------------------------------------------------------------------------------

    public void answerRequest() {
        run("answerForm", "alliance.membership.done.answered", () -> memberships.answerRequest(id, text));
    }

    public void withdraw() {
        run("withdrawForm", "alliance.membership.done.withdrawn", () -> memberships.withdraw(id));
    }

    public void giveNotice() {
        run(
                "noticeForm",
                "alliance.membership.done.notice",
                () -> memberships.giveNotice(id, noticeOn, effectiveOn, text));
    }

    public void withdrawNotice() {
        run("noticeForm", "alliance.membership.done.saved", () -> memberships.withdrawNotice(id));
    }

    public void saveContacts() {
        run(
                "contactsForm",
                "alliance.membership.done.saved",
                () -> memberships.updateContacts(id, contacts.toContacts()));
    }

    public void addSeat() {
        run("seatsForm", "alliance.membership.done.saved", () -> memberships.addSeat(id, seatEmail, seatRole));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            seatEmail = null;
        }
    }

    public void endSeat(long seatId) {
        run("seatsForm", "alliance.membership.done.saved", () -> memberships.endSeat(seatId));
    }

    public void register(long eventId) {
        run("eventsForm", "alliance.membership.done.registered", () -> events.register(eventId, id));
    }

    // ---- the coordinator's actions -----------------------------------------------------------------------------

    public void requestInformation() {
        run("reviewForm", "alliance.membership.done.saved", () -> memberships.requestInformation(id, text));
    }

    public void forwardToCouncil() {
        run("reviewForm", "alliance.membership.done.forwarded", () -> memberships.forwardToCouncil(id, text));
    }

    public void reject() {
        run("reviewForm", "alliance.membership.done.saved", () -> memberships.reject(id, text));
    }

    public void recordDecision() {
        if (decisionKind == null || !getDecisionKinds().contains(decisionKind)) {
            messages.error("councilForm:decisionKind", "alliance.membership.chooseDecision");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        run("councilForm", "alliance.membership.done.decided", () -> {
            switch (decisionKind) {
                case ADMISSION -> memberships.recordCouncilDecision(id, decision(), text);
                case SUSPEND -> memberships.suspend(id, decision(), text);
                case EXPEL -> memberships.expel(id, decision(), text);
                case REINSTATE -> memberships.reinstate(id, decision(), text);
            }
        });
    }

    /**
     * A plain (not ajax) post, as file uploads are: answered by a redirect to this membership's address, so refresh,
     * back and bookmarks keep working; the message travels in the Faces flash.
     */
    public String recordAgreement() {
        run("agreementForm", "alliance.membership.done.saved", () -> {
            if (agreementFile != null && agreementFile.getSize() > 0) {
                documents.uploadSignedAgreement(id, signedOn, agreementFile.getFileName(), agreementFile.getContent());
            } else {
                memberships.recordAgreementSigned(id, signedOn);
            }
        });
        agreementFile = null;
        messages.keepForRedirect();
        return "/alliance/membership?faces-redirect=true&id=" + id;
    }

    public void recordDues() {
        // done, the payment is in the ledger below and the form offers the next one: a second click records no
        // duplicate
        run(
                "duesForm",
                "alliance.membership.done.dues",
                () -> memberships.recordDues(id, new Dues(amount, paidOn, reference)));
    }

    public void confirmDeemedLeft() {
        run("deemedForm", "alliance.membership.done.saved", () -> memberships.confirmDeemedLeft(id, text));
    }

    public void dismissDeemedLeft() {
        run("deemedForm", "alliance.membership.done.saved", () -> memberships.dismissDeemedLeft(id));
    }

    public void changeCategory() {
        run("categoryForm", "alliance.membership.done.saved", () -> memberships.changeCategory(id, categoryId));
    }

    public void openSanctions() {
        sanctionsOpen = true;
    }

    public boolean isSanctionsOpen() {
        return sanctionsOpen;
    }

    /** A sanction is a rare step: its form is folded away unless the state calls for a council decision first. */
    public boolean isSanctionOnly() {
        return !getDecisionKinds().isEmpty() && !getDecisionKinds().contains(DecisionKind.ADMISSION);
    }

    // ---- what the page shows -----------------------------------------------------------------------------------

    public int getMinimumVoting() {
        return CouncilDecision.minimumVoting(view.councilSeats());
    }

    public boolean isRegistered(long eventId) {
        return registeredEvents.contains(eventId);
    }

    public boolean isMemberCanAct() {
        return view.maintainer();
    }

    public List<DecisionKind> getDecisionKinds() {
        return switch (view.status()) {
            case COUNCIL_REVIEW -> List.of(DecisionKind.ADMISSION);
            case SUSPENDED -> List.of(DecisionKind.REINSTATE, DecisionKind.EXPEL);
            case ACTIVE, GRACE, LAPSED, EXIT_NOTIFIED -> List.of(DecisionKind.SUSPEND, DecisionKind.EXPEL);
            default -> List.of();
        };
    }

    public List<SeatRole> getSeatRoles() {
        return List.of(SeatRole.values());
    }

    public LocalDate getToday() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MembershipView getView() {
        return view;
    }

    public List<EventService.EventRow> getUpcoming() {
        return upcoming;
    }

    public List<AllianceDocuments.DocumentRow> getMemberDocuments() {
        return memberDocuments;
    }

    public List<CategoryChoice> getCategories() {
        return categories;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstaining() {
        return abstaining;
    }

    public void setAbstaining(Integer abstaining) {
        this.abstaining = abstaining;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(DecisionKind decisionKind) {
        this.decisionKind = decisionKind;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public UploadedFile getAgreementFile() {
        return agreementFile;
    }

    public void setAgreementFile(UploadedFile agreementFile) {
        this.agreementFile = agreementFile;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public ContactsForm getContacts() {
        return contacts;
    }

    public String getSeatEmail() {
        return seatEmail;
    }

    public void setSeatEmail(String seatEmail) {
        this.seatEmail = seatEmail;
    }

    public SeatRole getSeatRole() {
        return seatRole;
    }

    public void setSeatRole(SeatRole seatRole) {
        this.seatRole = seatRole;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
