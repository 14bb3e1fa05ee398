package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.ResidencyDetail;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.ExitReason;
import org.greenhub.incubation.residency.domain.GraduationCriterion;
import org.greenhub.incubation.residency.domain.GraduationRules;
import org.greenhub.incubation.residency.domain.Residency.Terms;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.web.PageRefusals;

/**
 * One residency ({@code ?id=}), for the incubator's managers and the start-up: terms, graduation progress,
 * milestones and reports. Managers add milestones, confirm graduation or record an exit; both sides record
 * milestone progress.
 */
@Named("residencyPage")
@ViewScoped
public class ResidencyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidencyQueries queries;

    @Inject
    ResidencyService service;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private ResidencyDetail detail;

    private LocalisedInput milestoneTitle = new LocalisedInput();
    private LocalisedInput milestoneUnit = new LocalisedInput();
    private BigDecimal milestoneTarget;
    private LocalDate milestoneDue;
    private final Map<Long, BigDecimal> progress = new HashMap<>();

    private GraduationCriterion criterion;
    private LocalDate endDate;
    private String note;
    private ExitReason exitReason;

    private TermsForm terms = new TermsForm();

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
            endDate = LocalDate.now(clock);
            terms = TermsForm.of(
                    new Terms(
                            detail.spaceKind(),
                            detail.areaM2(),
                            detail.workstations(),
                            detail.spaceNote(),
                            detail.mentorName(),
                            java.util.Set.copyOf(detail.services())),
                    detail.maxMonths());
            criterion = detail.checks().stream()
                    .filter(GraduationRules.Check::met)
                    .map(GraduationRules.Check::criterion)
                    .findFirst()
                    .orElse(null);
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void refresh() {
        detail = queries.detail(id);
        progress.clear();
        detail.milestones().forEach(m -> progress.put(m.id(), m.achieved()));
    }

    public void addMilestone() {
        try {
            service.addMilestone(id, milestoneTitle, milestoneUnit, milestoneTarget, milestoneDue);
            messages.info("residency.milestone.added");
            milestoneTitle = new LocalisedInput();
            milestoneUnit = new LocalisedInput();
            milestoneTarget = null;
            milestoneDue = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error("milestoneForm", refusal);
        }
    }

    public void recordProgress(long milestoneId) {
        try {
            service.recordProgress(milestoneId, progress.get(milestoneId));
            messages.info("residency.milestone.progressSaved");
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal);
        }
    }

    public void removeMilestone(long milestoneId) {
        try {
            service.removeMilestone(milestoneId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal);
        }
    }

    public String graduate() {
        try {
            service.graduate(id, criterion, endDate, note, detail.version());
            messages.info("residency.graduation.confirmed");
            return reload();
        } catch (DomainException refusal) {
            messages.error("graduateForm", refusal);
            return null;
        }
    }

    public String exit() {
        try {
            service.exit(id, exitReason, endDate, note, detail.version());
            messages.info("residency.exit.recorded");
            return reload();
        } catch (DomainException refusal) {
            messages.error("exitForm", refusal);
            return null;
        }
    }

    /** Space, mentor, services and the maximum period (expected reports follow a changed period). */
    public String arrange() {
        try {
            service.arrange(
                    id, terms.terms(), terms.getMaxMonths() == null ? 0 : terms.getMaxMonths(), detail.version());
            messages.info("residency.arrange.saved");
            return reload();
        } catch (DomainException refusal) {
            messages.error("arrangeForm", refusal);
            return null;
        }
    }

    private String reload() {
        messages.keepForRedirect();
        return "/incubation/residency/residency?faces-redirect=true&id=" + id;
    }

    public List<GraduationCriterion> getCriteria() {
        return detail == null
                ? List.of()
                : detail.checks().stream().map(GraduationRules.Check::criterion).toList();
    }

    public List<ExitReason> getExitReasons() {
        return List.of(ExitReason.values());
    }

    public TermsForm getTerms() {
        return terms;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ResidencyDetail getDetail() {
        return detail;
    }

    public LocalisedInput getMilestoneTitle() {
        return milestoneTitle;
    }

    public LocalisedInput getMilestoneUnit() {
        return milestoneUnit;
    }

    public BigDecimal getMilestoneTarget() {
        return milestoneTarget;
    }

    public void setMilestoneTarget(BigDecimal milestoneTarget) {
        this.milestoneTarget = milestoneTarget;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public Map<Long, BigDecimal> getProgress() {
        return progress;
    }

    public GraduationCriterion getCriterion() {
        return criterion;
    }

    public void setCriterion(GraduationCriterion criterion) {
        this.criterion = criterion;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }
}
