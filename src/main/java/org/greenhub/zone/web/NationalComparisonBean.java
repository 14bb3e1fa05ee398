package org.greenhub.zone.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.NationalComparison;
import org.greenhub.zone.application.NationalComparison.Comparison;
import org.greenhub.zone.domain.IndicatorUnit;

/**
 * The national comparison ({@code /zone/admin/comparison.xhtml?year=}) for administrators: every zone's index, grade
 * and downgrade, the weights, and recording a major pollution accident. It holds the use case's records only.
 */
@Named("nationalComparison")
@ViewScoped
public class NationalComparisonBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NationalComparison comparisons;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Clock clock;

    private Integer year;
    private Comparison comparison;
    private Map<Long, BigDecimal> weights = new HashMap<>();

    private Long accidentZone;
    private LocalDate occurredOn;
    private String description;
    private String source;

    public void load() {
        try {
            if (year == null) {
                year = LocalDate.now(clock).getYear() - 1;
            }
            show();
        } catch (DomainException refusal) {
            // anyone but an administrator: as if the page did not exist
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void show() {
        comparison = comparisons.compare(year);
        weights = new HashMap<>();
        comparison.weights().forEach(w -> weights.put(w.indicatorId(), w.weight()));
    }

    public void chooseYear() {
        show();
    }

    /**
     * Saves every weight that changed, all or none (one transaction); a refused one is shown beside its own field.
     */
    public void saveWeights() {
        try {
            comparisons.changeWeights(weights);
            show();
            saved("weightsForm", "zone.comparison.weightsSaved");
        } catch (DomainException refusal) {
            messages.error(weightField(refusal.field()), refusal.messageKey(), refusal.args());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The confirmation beside the form's button (the page's own messages are at the top, out of sight on a phone). */
    private void saved(String formId, String key) {
        String text = messages.text(key);
        FacesContext.getCurrentInstance().addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The client id of the weight a refusal names ({@code weight:<indicator id>}), else the form. */
    private String weightField(String field) {
        List<NationalComparison.Weight> shown = comparison.weights();
        for (int i = 0; i < shown.size(); i++) {
            if (("weight:" + shown.get(i).indicatorId()).equals(field)) {
                return "weightsForm:weightTable:" + i + ":weight";
            }
        }
        return null;
    }

    public void recordAccident() {
        try {
            if (accidentZone == null) {
                throw DomainException.invalid("zone", "platform.validation.required");
            }
            comparisons.recordAccident(accidentZone, occurredOn, description, source);
            if (occurredOn.getYear() != year) {
                year = occurredOn.getYear();
            }
            show();
            saved("accidentForm", "zone.comparison.accidentRecorded");
            accidentZone = null;
            occurredOn = null;
            description = null;
            source = null;
        } catch (DomainException refusal) {
            messages.error("accidentForm", refusal);
        }
    }

    public String number(BigDecimal value, IndicatorUnit unit) {
        return ZoneDashboardBean.number(value, unit, localeSelector.getLocale());
    }

    public String date(LocalDate day) {
        return Figures.date(day, localeSelector.getLocale());
    }

    /** The index as computed: always two decimals (67.20, not 67.2), in the reader's locale. */
    public String index(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(localeSelector.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(Math.min(now - 10, year), Math.max(now, year))
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public Map<Long, BigDecimal> getWeights() {
        return weights;
    }

    public Long getAccidentZone() {
        return accidentZone;
    }

    public void setAccidentZone(Long accidentZone) {
        this.accidentZone = accidentZone;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
