package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;
import org.greenhub.reserve.application.ListingDecisions;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.StoredFinding;

/** The reserve manager's decision page: the project as declared, the review's result, and the decision with a reason. */
@Named("reserveDecision")
@ViewScoped
public class ReserveDecisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingDecisions decisions;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private ListingDecisions.DecisionView project;
    private Grade grade;
    private String reason;

    public void load() {
        if (id == null) {
            PageRefusals.refuse(DomainException.notFound());
            return;
        }
        try {
            project = decisions.view(id);
            if (grade == null) {
                grade = project.proposal() != null && project.proposal().grade() != null
                        ? project.proposal().grade()
                        : project.grade();
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public String list() {
        return decide("listed", () -> decisions.list(id, grade, reason, project.version()));
    }

    public String returnForInformation() {
        return decide("returned", () -> decisions.returnForInformation(id, reason, project.version()));
    }

    public String reject() {
        return decide("rejected", () -> decisions.reject(id, reason, project.version()));
    }

    public String renew() {
        return decide("renewed", () -> decisions.renew(id, grade, reason, project.version()));
    }

    private String decide(String done, Runnable decision) {
        try {
            decision.run();
            messages.info("reserve.review.project." + done);
            messages.keepForRedirect();
            return "/reserve/manage/project?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            messages.error("decisionForm", refusal);
            return null;
        }
    }

    public boolean isInReview() {
        return project.status() == ProjectStatus.IN_REVIEW;
    }

    /** A listed or lapsed project: decided on already, only a renewal can change it. */
    public boolean isListing() {
        return project.status() == ProjectStatus.LISTED || project.status() == ProjectStatus.LAPSED;
    }

    /** A listing is renewed only after its renewal review (the owner asked, the manager started it). */
    public boolean isRenewable() {
        return (project.status() == ProjectStatus.LISTED || project.status() == ProjectStatus.LAPSED)
                && project.inRenewalReview();
    }

    /** The owner asked for a renewal that has no review yet: the manager starts it on the call's page. */
    public boolean isRenewalAwaitingReview() {
        return project.renewalRequested() && !project.inRenewalReview();
    }

    public List<Grade> getGrades() {
        return List.of(Grade.values());
    }

    public String amount(BigDecimal value) {
        return value == null ? "" : Figures.amount(value, locale());
    }

    public String getInstruments() {
        return project.instruments().stream()
                .sorted()
                .map(i -> messages.text("reserve.instrument." + i.name()))
                .collect(Collectors.joining(messages.text("reserve.review.list.separator")));
    }

    /** The expected benefits given, each with its name and units. */
    public List<String[]> getBenefits() {
        Benefits expected = project.expected();
        return java.util.Arrays.stream(Benefits.Figure.values())
                .filter(f -> expected != null && expected.get(f) != null)
                .map(f -> new String[] {
                    messages.text("reserve.figure." + f.name()), Figures.amount(expected.get(f), locale())
                })
                .toList();
    }

    /** Screening's flags in the reader's language, their figures in the reader's locale. */
    public List<String> getFlags() {
        return project.flags().stream()
                .map((StoredFinding f) -> messages.text(
                        f.getMessageKey(),
                        f.getArguments().stream()
                                .map(a -> Figures.amount(a, locale()))
                                .toArray()))
                .toList();
    }

    public String getScore() {
        if (project.proposal() == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(project.proposal().score());
    }

    public String getProposedGrade() {
        if (project.proposal() == null) {
            return "";
        }
        return project.proposal().grade() == null
                ? messages.text("reserve.review.project.belowBands")
                : messages.text("reserve.grade." + project.proposal().grade().name());
    }

    public String getBandsText() {
        return messages.text(
                "reserve.review.call.bandsText",
                ReservePages.number(project.bands().minimumA(), locale()),
                ReservePages.number(project.bands().minimumB(), locale()),
                ReservePages.number(project.bands().minimumC(), locale()));
    }

    public String getValidityPreview() {
        return messages.text(
                "reserve.review.project.validityPreview",
                Figures.date(project.validityIfDecidedToday().until(), locale()));
    }

    public String getValidity() {
        if (project.validity() == null) {
            return "";
        }
        return messages.text(
                "reserve.review.project.validity",
                Figures.date(project.validity().since(), locale()),
                Figures.date(project.validity().until(), locale()));
    }

    public String getSubmittedAt() {
        return project.submittedAt() == null ? "" : TimeText.of(project.submittedAt(), project.callZone());
    }

    private Locale locale() {
        return locale.getLocale();
    }

    public ListingDecisions.DecisionView getProject() {
        return project;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
