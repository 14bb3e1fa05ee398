package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;
import org.greenhub.zone.application.AccountingCalculator;
import org.greenhub.zone.application.DeclarationAccounting;
import org.greenhub.zone.application.DeclarationEvidenceFiles;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Plausibility;
import org.primefaces.model.file.UploadedFile;

/**
 * One declaration version: its figures by section with their units, in the reader's locale, its energy and CO2 from
 * the year's factor table, every version of the enterprise-year, and for the zone's administrators the plausibility
 * flags and accept or return with a reason (the service checks the zone). Holds the view record's values only.
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

    @Inject
    Messages text;

    @Inject
    DeclarationEvidenceFiles evidence;

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

    private void fill(Declarations.DeclarationView d) {
        Locale locale = localeSelector.getLocale();
        organisation = d.organisation();
        zone = d.zone();
        year = d.year();
        number = d.number();
        status = d.status();
        returnReason = d.returnReason();
        filedAt = TimeText.of(d.filedAt(), TIME_ZONE);
        reviewable = d.reviewable();
        organisationId = d.organisationId();
        correctable = d.correctable();
        DeclarationFigures figures = d.figures();
        Map<String, BigDecimal> numbers = figures.numbers();
        List<Section> built = new ArrayList<>();
        SECTIONS.forEach((key, fields) -> built.add(new Section(
                key,
                fields.stream()
                        .map(f -> new Row(f, numbers.get(f) == null ? "–" : Figures.amount(numbers.get(f), locale)))
                        .toList())));
        sections = built;
        versions = d.versions().stream()
                .map(v -> new VersionRow(
                        v.id(), v.number(), v.status(), TimeText.of(v.filedAt(), TIME_ZONE), v.id() == d.id()))
                .toList();
        otherUnit = figures.otherEnergyUnit();
        otherFactor = figures.otherEnergyFactor() == null ? null : Figures.amount(figures.otherEnergyFactor(), locale);
        cleanerProductionAudit = figures.cleanerProductionAudit();
        meetsStandards = figures.meetsStandards();
        accounted = d.accounted();
        flags = d.flags().stream().map(f -> flagText(f, locale)).toList();
        files = evidence.list(d.id());
        mayAttach = d.enterprise() && status != DeclarationStatus.ACCEPTED;
    }

    private List<DeclarationEvidenceFiles.EvidenceRow> files = List.of();
    private boolean mayAttach;
    private transient UploadedFile upload;

    /**
     * A plain (not ajax) post, as file uploads are: answered by a redirect to this declaration's address, so refresh
     * and back keep working; messages travel in the Faces flash.
     */
    public String attach() {
        try {
            if (upload == null || upload.getSize() == 0) {
                messages.error("evidenceForm:file", "zone.evidence.fileRequired");
            } else {
                evidence.attach(id, upload.getFileName(), upload.getContent());
                messages.info("zone.evidence.attached", upload.getFileName());
            }
        } catch (DomainException refusal) {
            messages.error("evidenceForm", refusal);
        } finally {
            upload = null;
        }
        messages.keepForRedirect();
        return "/zone/declaration?faces-redirect=true&id=" + id;
    }

    /** A file's size as the reader writes numbers, in KB (at least 1). */
    public String size(long bytes) {
        return Figures.count(Math.max(1, (bytes + 1023) / 1024), localeSelector.getLocale());
    }

    public List<DeclarationEvidenceFiles.EvidenceRow> getFiles() {
        return files;
    }

    public boolean isMayAttach() {
        return mayAttach;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    private String otherUnit;
    private String otherFactor;
    private Boolean cleanerProductionAudit;
    private Boolean meetsStandards;
    private DeclarationAccounting.Accounted accounted;
    private List<String> flags = List.of();

    /** A flag's reason, its figures written as the reader writes numbers. */
    private String flagText(Plausibility.Flag flag, Locale locale) {
        // compared in full precision, written with the decimals the figures above have
        String value = Figures.amount(AccountingCalculator.rounded(flag.value()), locale);
        String reference = Figures.amount(AccountingCalculator.rounded(flag.reference()), locale);
        if (flag.kind() == Plausibility.Kind.SECTOR_MEDIAN) {
            String multiple = Figures.amount(flag.ratio().setScale(1, RoundingMode.HALF_UP), locale);
            return text.get(
                    locale, flag.kind().messageKey(), value, multiple, reference, Figures.count(flag.basis(), locale));
        }
        BigDecimal percent = flag.ratio().movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        String change =
                (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "−" : "") + Figures.amount(percent.abs(), locale);
        // a year, not a quantity: no thousands separator
        return text.get(locale, flag.kind().messageKey(), change, String.valueOf(flag.basis()), reference, value);
    }

    /** A figure as accounted, in the reader's locale; "–" where it cannot be computed. */
    public String figure(BigDecimal value) {
        return value == null ? "–" : Figures.amount(value, localeSelector.getLocale());
    }

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

    public DeclarationAccounting.Accounted getAccounted() {
        return accounted;
    }

    /** The plausibility flags' reasons, for the zone's administrators (empty for the enterprise). */
    public List<String> getFlags() {
        return flags;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
