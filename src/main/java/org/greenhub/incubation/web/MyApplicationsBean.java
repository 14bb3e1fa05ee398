package org.greenhub.incubation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.application.IntakeApplications.MyApplication;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/** A start-up's applications: status, the reason given with a decision, and the answer to an offer. */
@Named("myApplications")
@ViewScoped
public class MyApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeApplications applications;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private List<MyApplication> lines = List.of();

    public void load() {
        try {
            refresh();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        lines = applications.mine(Language.of(localeSelector.getLocale()));
    }

    /** A moment as the list shows it, with the zone named (empty for none). */
    public String moment(Instant instant) {
        return IntakePages.moment(instant);
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

    public List<MyApplication> getLines() {
        return lines;
    }
}
