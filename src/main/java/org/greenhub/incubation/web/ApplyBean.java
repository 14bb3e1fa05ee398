package org.greenhub.incubation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.domain.Eligibility;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.MetricsRefused;
import org.greenhub.incubation.domain.NotEligible;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.organisation.web.GreenChoices;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.UploadLimits;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.LocalisedNames;
import org.greenhub.platform.web.PageRefusals;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;

/**
 * A start-up applies to an open call in three steps: the organisation and the project, the green metrics (the shared
 * form), then the business plan and a last look at the eligibility rules. Nothing is stored before the last step.
 */
@Named("applyWizard")
@ViewScoped
public class ApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "applyForm";

    public record Choice(long id, String label) implements Serializable {}

    @Inject
    IntakeApplications applications;

    @Inject
    ZoneNames zoneNames;

    @Inject
    LocalisedNames localised;

    @Inject
    org.greenhub.platform.i18n.LocaleSelector localeSelector;

    @Inject
    IntakeCallService calls;

    @Inject
    org.greenhub.incubation.application.AwardWinnerInvitations invitations;

    @Inject
    FacesMessages messages;

    private Long call;
    private Long entry;
    private boolean carriedOver;
    private String callTitle;
    private List<GreenFocusArea> focusAreas = List.of();
    private String zone;
    private List<Choice> organisations = List.of();
    private Long organisationId;
    private String projectTitle;
    private String summary;
    private GreenFocusArea focusArea;
    private boolean commitsToRegister;
    private GreenMetrics metrics = new GreenMetrics();
    private String planName;
    private byte[] plan;
    private List<String> findings = List.of();

    public void load() {
        try {
            if (call == null) {
                throw DomainException.notFound();
            }
            IntakeCall intakeCall = calls.publicView(call);
            callTitle = localised.marked(intakeCall.getTitles());
            zone = zoneNames.label(
                    intakeCall.getIncubator().getZoneId(),
                    intakeCall.getIncubator().getZone(),
                    org.greenhub.platform.i18n.Language.of(localeSelector.getLocale()));
            focusAreas = intakeCall.getIncubator().getSpecialisation().isEmpty()
                    ? List.of(GreenFocusArea.values())
                    : intakeCall.getIncubator().getSpecialisation().stream()
                            .sorted()
                            .toList();
            organisations = applications.organisationsIMayApplyFor().stream()
                    .map(o -> new Choice(o.getId(), label(o)))
                    .toList();
            if (organisations.size() == 1) {
                organisationId = organisations.get(0).id();
            }
            if (entry != null) {
                invitations
                        .carriedOver(
                                call,
                                entry,
                                organisations.stream().map(Choice::id).toList())
                        .ifPresent(data -> {
                            organisationId = data.organisationId();
                            projectTitle = data.projectTitle();
                            summary = data.summary();
                            focusArea = data.focusArea();
                            metrics = data.metrics();
                            carriedOver = true;
                        });
            }
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private static String label(Organisation organisation) {
        return organisation.getLegalName()
                + (organisation.getRegisteredName() == null ? "" : " (" + organisation.getRegisteredName() + ")");
    }

    public String onFlow(FlowEvent event) {
        if ("metricsStep".equals(event.getOldStep()) && "planStep".equals(event.getNewStep())) {
            List<MetricProblem> problems = applications.metricProblems(metrics);
            if (!problems.isEmpty()) {
                show(problems);
                return event.getOldStep();
            }
        }
        if ("planStep".equals(event.getNewStep())) {
            preview();
        }
        return event.getNewStep();
    }

    private void preview() {
        try {
            findings = text(applications.check(form()));
        } catch (DomainException refusal) {
            findings = List.of(messages.text(refusal.messageKey(), refusal.args()));
        }
    }

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > UploadLimits.MAX_BYTES) {
            messages.error(FORM + ":plan", "platform.file.tooLarge", UploadLimits.MAX_BYTES / (1024 * 1024));
            return;
        }
        plan = event.getFile().getContent();
        planName = event.getFile().getFileName();
    }

    public String submit() {
        try {
            applications.apply(form());
            messages.info("incubation.ui.apply.submitted", callTitle);
            messages.keepForRedirect();
            return "/incubation/intake/my/applications?faces-redirect=true";
        } catch (NotEligible refusal) {
            findings = text(refusal.findings());
            messages.error(null, refusal.messageKey());
        } catch (MetricsRefused refusal) {
            show(refusal.problems());
            messages.error(null, refusal.messageKey());
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private void show(List<MetricProblem> problems) {
        for (MetricProblem problem : problems) {
            messages.error(GreenChoices.clientId(FORM, problem), problem.messageKey(), problem.args());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private List<String> text(List<Eligibility.Finding> found) {
        List<String> lines = new ArrayList<>();
        for (Eligibility.Finding finding : found) {
            lines.add(messages.text(finding.messageKey(), finding.args().toArray()));
        }
        return lines;
    }

    private IntakeApplications.ApplicationForm form() {
        return new IntakeApplications.ApplicationForm(
                call, organisationId, projectTitle, summary, focusArea, commitsToRegister, metrics, planName, plan);
    }

    public String getMaxSizeText() {
        return String.valueOf(UploadLimits.MAX_BYTES / (1024 * 1024));
    }

    public long getMaxBytes() {
        return UploadLimits.MAX_BYTES;
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public String getCallTitle() {
        return callTitle;
    }

    public String getZone() {
        return zone;
    }

    public List<GreenFocusArea> getFocusAreas() {
        return focusAreas;
    }

    public List<Choice> getOrganisations() {
        return organisations;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String projectTitle) {
        this.projectTitle = projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public GreenFocusArea getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(GreenFocusArea focusArea) {
        this.focusArea = focusArea;
    }

    public boolean isCommitsToRegister() {
        return commitsToRegister;
    }

    public void setCommitsToRegister(boolean commitsToRegister) {
        this.commitsToRegister = commitsToRegister;
    }

    public GreenMetrics getMetrics() {
        return metrics;
    }

    public String getPlanName() {
        return planName;
    }

    public List<String> getFindings() {
        return findings;
    }
}
