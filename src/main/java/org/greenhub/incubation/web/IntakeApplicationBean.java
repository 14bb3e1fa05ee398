package org.greenhub.incubation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.incubation.application.ApplicationDocuments;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.application.IntakeScreening;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;

/** One application for the incubator's managers: what the start-up sent, its screening score, and the decision. */
@Named("intakeApplication")
@ViewScoped
public class IntakeApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeDecisions decisions;

    @Inject
    IntakeScreening screening;

    @Inject
    ApplicationDocuments documents;

    @Inject
    FacesMessages messages;

    private Long id;
    private IntakeDecisions.ApplicationView application;
    private GreenMetrics metrics;
    private FileStore.FileSummary plan;
    private IntakeScreening.Standing standing;
    private Decision decision;
    private String reason;

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        application = decisions.view(id);
        metrics = application.metrics();
        plan = documents.businessPlanSummary(id).orElse(null);
        standing = application.subjectId() == null
                ? null
                : screening.standings(application.callId()).get(application.subjectId());
    }

    public void decide() {
        try {
            decisions.decide(id, decision, reason, application.version());
            refresh();
            reason = null;
            decision = null;
            messages.info("incubation.ui.decision.saved");
        } catch (DomainException refusal) {
            IntakePages.error(messages, "decisionForm", refusal);
        }
    }

    public String moment(java.time.Instant instant) {
        return IntakePages.moment(instant);
    }

    /** A figure as people read it: no trailing zeros, no exponent. */
    public String figure(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String getPlanUrl() {
        return IntakePages.planUrl(id);
    }

    public String score() {
        return standing == null
                ? null
                : java.math.BigDecimal.valueOf(standing.score())
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
    }

    public List<Decision> getDecisions() {
        return List.of(Decision.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IntakeDecisions.ApplicationView getApplication() {
        return application;
    }

    public GreenMetrics getMetrics() {
        return metrics;
    }

    public FileStore.FileSummary getPlan() {
        return plan;
    }

    public IntakeScreening.Standing getStanding() {
        return standing;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
