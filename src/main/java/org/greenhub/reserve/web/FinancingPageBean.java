package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectFinancing;
import org.greenhub.reserve.application.ProjectResults;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.Financing;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.primefaces.model.file.UploadedFile;

/**
 * A listed project's financing page ({@code ?project=id}): the parts raised against the financing sought, the form
 * to record a part (owner and reserve managers), and the yearly results with the owner's form to report a year.
 */
@Named("projectFinancing")
@ViewScoped
public class FinancingPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectFinancing financing;

    @Inject
    ProjectResults results;

    @Inject
    FacesMessages messages;

    @Inject
    org.greenhub.platform.i18n.LocaleSelector locales;

    private Long project;
    private ProjectFinancing.Overview overview;

    // the part being recorded
    private FinancingInstrument instrument;
    private BigDecimal amount;
    private LocalDate financedOn;
    private Choice funder;
    private String aboveSoughtReason;
    private transient UploadedFile evidence;

    // the year being reported
    private Integer year;
    private BigDecimal energySavedTce;
    private BigDecimal co2AvoidedT;
    private BigDecimal waterSavedM3;
    private BigDecimal wasteRecycledT;

    public void load() {
        try {
            if (project == null) {
                throw DomainException.notFound();
            }
            overview = financing.show(project);
            if (year == null) {
                year = overview.years().stream()
                        .filter(ProjectFinancing.YearLine::open)
                        .map(ProjectFinancing.YearLine::year)
                        .findFirst()
                        .orElse(null);
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    public void record() {
        try {
            financing.record(
                    project,
                    new Financing.Part(
                            instrument, amount, financedOn, funder == null ? null : funder.id(), aboveSoughtReason),
                    evidence == null ? null : evidence.getFileName(),
                    evidence == null ? null : evidence.getContent());
            instrument = null;
            amount = null;
            financedOn = null;
            funder = null;
            aboveSoughtReason = null;
            evidence = null;
            overview = financing.show(project);
            messages.info("reserve.financing.recorded");
        } catch (DomainException refusal) {
            messages.error("financingForm", refusal);
        }
    }

    public void report() {
        try {
            results.report(
                    project, year, ProjectResults.realised(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT));
            energySavedTce = null;
            co2AvoidedT = null;
            waterSavedM3 = null;
            wasteRecycledT = null;
            overview = financing.show(project);
            year = overview.years().stream()
                    .filter(ProjectFinancing.YearLine::open)
                    .map(ProjectFinancing.YearLine::year)
                    .findFirst()
                    .orElse(null);
            messages.info("reserve.results.reported");
        } catch (DomainException refusal) {
            messages.error("resultsForm", refusal);
        }
    }

    /** A day as the reader's locale writes it. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : org.greenhub.platform.text.Figures.date(day, locales.getLocale());
    }

    /** An amount or figure as the reader's locale writes it; an empty cell for a figure not given. */
    public String amount(java.math.BigDecimal value) {
        return value == null ? "–" : org.greenhub.platform.text.Figures.amount(value, locales.getLocale());
    }

    public List<Choice> completeFunder(String text) {
        return financing.fundersNamed(text);
    }

    /** The years the owner may report now: over and not reported. */
    public List<Integer> getOpenYears() {
        List<Integer> open = new ArrayList<>();
        if (overview != null) {
            overview.years().stream().filter(ProjectFinancing.YearLine::open).forEach(y -> open.add(y.year()));
        }
        return open;
    }

    public FinancingInstrument[] getInstruments() {
        return FinancingInstrument.values();
    }

    public Benefits.Figure[] getFigures() {
        return Benefits.Figure.values();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectFinancing.Overview getOverview() {
        return overview;
    }

    public FinancingInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(FinancingInstrument instrument) {
        this.instrument = instrument;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getFinancedOn() {
        return financedOn;
    }

    public void setFinancedOn(LocalDate financedOn) {
        this.financedOn = financedOn;
    }

    public Choice getFunder() {
        return funder;
    }

    public void setFunder(Choice funder) {
        this.funder = funder;
    }

    public String getAboveSoughtReason() {
        return aboveSoughtReason;
    }

    public void setAboveSoughtReason(String aboveSoughtReason) {
        this.aboveSoughtReason = aboveSoughtReason;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getEnergySavedTce() {
        return energySavedTce;
    }

    public void setEnergySavedTce(BigDecimal energySavedTce) {
        this.energySavedTce = energySavedTce;
    }

    public BigDecimal getCo2AvoidedT() {
        return co2AvoidedT;
    }

    public void setCo2AvoidedT(BigDecimal co2AvoidedT) {
        this.co2AvoidedT = co2AvoidedT;
    }

    public BigDecimal getWaterSavedM3() {
        return waterSavedM3;
    }

    public void setWaterSavedM3(BigDecimal waterSavedM3) {
        this.waterSavedM3 = waterSavedM3;
    }

    public BigDecimal getWasteRecycledT() {
        return wasteRecycledT;
    }

    public void setWasteRecycledT(BigDecimal wasteRecycledT) {
        this.wasteRecycledT = wasteRecycledT;
    }
}
