package org.greenhub.incubation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.web.PageRefusals;

/** A start-up's applications: status, the reason given with a decision, and the answer to an offer. */
@Named("myApplications")
@ViewScoped
public class MyApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Line(
            long id,
            LocalisedName call,
            String incubator,
            String projectTitle,
            String organisation,
            ApplicationStatus status,
            String submittedAt,
            String reason,
            String offerDeadline,
            boolean offerOpen,
            boolean withdrawable)
            implements Serializable {}

    @Inject
    IntakeApplications applications;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    private List<Line> lines = List.of();

    public void load() {
        try {
            refresh();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        Language language = Language.of(localeSelector.getLocale());
        Instant now = Instant.now(clock);
        lines = applications.mine().stream().map(a -> line(a, language, now)).toList();
    }

    private static Line line(IntakeApplication a, Language language, Instant now) {
        boolean offerOpen = a.getStatus() == ApplicationStatus.OFFERED
                && a.getOfferDeadline() != null
                && now.isBefore(a.getOfferDeadline());
        return new Line(
                a.getId(),
                a.getCall().getTitles(),
                a.getCall().getIncubator().name(language),
                a.getProjectTitle(),
                a.getOrganisation().getLegalName(),
                a.getStatus(),
                IntakePages.moment(a.getSubmittedAt()),
                a.getDecisionReason(),
                IntakePages.moment(a.getOfferDeadline()),
                offerOpen,
                a.getStatus() == ApplicationStatus.SUBMITTED || a.getStatus() == ApplicationStatus.WAIT_LISTED);
    }

    public void accept(long applicationId) {
        answer(() -> applications.accept(applicationId), "incubation.ui.my.accepted");
    }

    public void decline(long applicationId) {
        answer(() -> applications.decline(applicationId), "incubation.ui.my.declined");
    }

    public void withdraw(long applicationId) {
        answer(() -> applications.withdraw(applicationId), "incubation.ui.my.withdrawn");
    }

    private void answer(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
        refresh();
    }

    public String planUrl(long applicationId) {
        return IntakePages.planUrl(applicationId);
    }

    public List<Line> getLines() {
        return lines;
    }
}
