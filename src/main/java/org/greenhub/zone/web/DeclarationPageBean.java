package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationStatus;

/**
 * One declaration version: its figures by section with their units, in the reader's locale, every version of the
 * enterprise-year, and for the zone's administrators accept or return with a reason (the service checks the zone).
 */
@Named("declarationPage")
@ViewScoped
public class DeclarationPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zones GreenHub serves keep China time in their records, as the programmes do; the zone is named. */
    static final String TIME_ZONE = "Asia/Shanghai";

    /** The form's sections and the figures in each, in the order the form asks for them. */
    static final Map<String, List<String>> SECTIONS = sections();

    @Inject
    Declarations declarations;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private String organisation;
    private String zone;
    private int year;
    private int number;
    private DeclarationStatus status;
    private String returnReason;
    private String filedAt;
    private boolean reviewable;
    private boolean correctable;
    private long organisationId;
    private List<Section> sections = List.of();
    private List<VersionRow> versions = List.of();
    private String reason;

    public record Row(String field, String value) implements Serializable {}

    public record Section(String key, List<Row> rows) implements Serializable {}

    public record VersionRow(long id, int number, DeclarationStatus status, String filedAt, boolean shown)
            implements Serializable {}

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> s = new java.util.LinkedHashMap<>();
        s.put("output", List.of("valueAdded", "grossOutput", "greenTechOutput"));
        s.put(
                "energy",
                List.of(
                        "electricity",
                        "greenElectricity",
                        "rawCoal",
                        "naturalGas",
                        "diesel",
                        "gasoline",
                        "heat",
                        "otherEnergy"));
        s.put("water", List.of("waterWithdrawn", "waterReused", "wasteGenerated", "wasteRecycled"));
        s.put("pollutants", List.of("cod", "ammoniaNitrogen", "so2", "nox", "vocs", "particulates"));
        return s;
    }

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            fill(declarations.show(id));
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void fill(Declarations.Shown shown) {
        Locale locale = localeSelector.getLocale();
        Declaration d = shown.declaration();
        organisation = shown.organisation();
        zone = shown.zone();
        year = d.getYear();
        number = d.getNumber();
        status = d.getStatus();
        returnReason = d.getReturnReason();
        filedAt = TimeText.of(d.getFiledAt(), TIME_ZONE);
        reviewable = shown.reviewable();
        organisationId = d.getOrganisationId();
        Declaration newest = shown.versions().get(shown.versions().size() - 1);
        correctable = shown.enterprise()
                && newest.getId().equals(d.getId())
                && (status == DeclarationStatus.RETURNED || status == DeclarationStatus.ACCEPTED);
        DeclarationFigures figures = d.figures();
        Map<String, BigDecimal> numbers = figures.numbers();
        List<Section> built = new ArrayList<>();
        SECTIONS.forEach((key, fields) -> built.add(new Section(
                key,
                fields.stream()
                        .map(f -> new Row(f, numbers.get(f) == null ? "–" : Figures.amount(numbers.get(f), locale)))
                        .toList())));
        sections = built;
        versions = shown.versions().stream()
                .map(v -> new VersionRow(
                        v.getId(),
                        v.getNumber(),
                        v.getStatus(),
                        TimeText.of(v.getFiledAt(), TIME_ZONE),
                        v.getId().equals(d.getId())))
                .toList();
        otherUnit = figures.otherEnergyUnit();
        otherFactor = figures.otherEnergyFactor() == null ? null : Figures.amount(figures.otherEnergyFactor(), locale);
        cleanerProductionAudit = figures.cleanerProductionAudit();
        meetsStandards = figures.meetsStandards();
    }

    private String otherUnit;
    private String otherFactor;
    private Boolean cleanerProductionAudit;
    private Boolean meetsStandards;

    public void accept() {
        try {
            declarations.accept(id);
            fill(declarations.show(id));
            messages.info("zone.review.accepted");
        } catch (DomainException refusal) {
            messages.error("reviewForm", refusal);
        }
    }

    public void returnForCorrection() {
        try {
            declarations.returnForCorrection(id, reason);
            reason = null;
            fill(declarations.show(id));
            messages.info("zone.review.returned");
        } catch (DomainException refusal) {
            messages.error("reviewForm", refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getZone() {
        return zone;
    }

    public String getYear() {
        // a year, not a quantity: no thousands separator
        return String.valueOf(year);
    }

    public int getNumber() {
        return number;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getFiledAt() {
        return filedAt;
    }

    public boolean isReviewable() {
        return reviewable;
    }

    public boolean isCorrectable() {
        return correctable;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public String getOtherUnit() {
        return otherUnit;
    }

    public String getOtherFactor() {
        return otherFactor;
    }

    public Boolean getCleanerProductionAudit() {
        return cleanerProductionAudit;
    }

    public Boolean getMeetsStandards() {
        return meetsStandards;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
