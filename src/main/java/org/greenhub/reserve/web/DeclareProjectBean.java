package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.ScreeningRefused;
import org.primefaces.model.file.UploadedFile;

/**
 * The owner's declaration form ({@code /reserve/declare.xhtml}, {@code ?id=} to edit a draft): the project in
 * sections, the evidence files with it (one plain multipart post, as every upload of GreenHub is), saved as a draft or
 * submitted for screening. A refusal shows every reason beside its field and stores nothing; the files chosen must be
 * chosen again, as a browser forgets them after a post.
 */
@Named("declareProject")
@ViewScoped
public class DeclareProjectBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "declareForm";

    @Inject
    ProjectDeclaring declaring;

    @Inject
    org.greenhub.reserve.application.ProjectNominations nominations;

    @Inject
    FacesMessages messages;

    /** A nomination to start from ({@code ?nomination=}): its programme's data fills the new declaration. */
    private Long nomination;

    private Long id;
    private Long version;
    private ProjectDeclaring.Choices choices;
    private List<ProjectDeclaring.DocumentLine> documents = List.of();

    private Long organisation;
    private Long call;
    private String title;
    private String summary;
    private GreenCategory category;
    private String zone;
    private String location;
    private ProjectStage stage;
    private BigDecimal totalInvestment;
    private BigDecimal financingSought;
    private FinancingInstrument[] instruments = new FinancingInstrument[0];
    private BigDecimal energySavedTce;
    private BigDecimal co2AvoidedT;
    private BigDecimal waterSavedM3;
    private BigDecimal wasteRecycledT;
    private String estimateMethod;
    private boolean contactForFunders = true;

    private transient UploadedFile feasibilityStudy;
    private transient UploadedFile environmentalImpactApproval;
    private transient UploadedFile energyAssessment;

    public void load() {
        try {
            choices = declaring.choices();
            if (id != null) {
                fill(declaring.editable(id));
                return;
            }
            if (nomination != null) {
                fill(nominations.carried(nomination));
            }
            if (organisation == null && choices.owners().size() == 1) {
                organisation = choices.owners().get(0).organisationId();
            }
            if (call == null && choices.calls().size() == 1) {
                call = choices.calls().get(0).id();
            }
            if (zone == null) {
                // the zone record the organisation points at, which the owner may change for a project elsewhere
                zone = choices.owners().stream()
                        .filter(o -> organisation != null && o.organisationId() == organisation)
                        .map(ProjectDeclaring.Owner::zoneCode)
                        .filter(code -> code != null)
                        .findFirst()
                        .orElse(null);
            }
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void fill(ProjectDeclaring.Editable editable) {
        ReserveProject.Declaration d = editable.declaration();
        version = editable.version();
        organisation = editable.organisationId();
        call = editable.callId();
        documents = editable.documents();
        title = d.title();
        summary = d.summary();
        category = d.category();
        zone = d.zoneCode() == null ? ZoneNames.OTHER_CHOICE : d.zoneCode();
        location = d.location();
        stage = d.stage();
        totalInvestment = d.totalInvestmentYuan();
        financingSought = d.financingSoughtYuan();
        instruments = d.instruments().toArray(new FinancingInstrument[0]);
        Benefits expected = d.expected();
        energySavedTce = expected.energySavedTce();
        co2AvoidedT = expected.co2AvoidedT();
        waterSavedM3 = expected.waterSavedM3();
        wasteRecycledT = expected.wasteRecycledT();
        estimateMethod = d.estimateMethod();
        contactForFunders = d.contactForFunders();
    }

    private void fill(org.greenhub.reserve.application.ProjectNominations.Carried carried) {
        organisation = carried.organisationId();
        call = carried.callId();
        title = carried.data().title();
        summary = carried.data().summary();
        category = carried.data().category();
        Benefits expected = carried.data().expected();
        co2AvoidedT = expected.co2AvoidedT();
        waterSavedM3 = expected.waterSavedM3();
        wasteRecycledT = expected.wasteRecycledT();
    }

    public String saveDraft() {
        try {
            long saved = declaring.saveDraft(id, version, organisation(), call(), declaration(), uploads());
            messages.info("reserve.declare.saved");
            messages.keepForRedirect();
            return "/reserve/project?faces-redirect=true&id=" + saved;
        } catch (DomainException refusal) {
            messages.error(FORM, refusal);
            return null;
        }
    }

    public String submit() {
        try {
            long submitted = declaring.submit(id, version, organisation(), call(), declaration(), uploads());
            messages.info("reserve.declare.submitted");
            messages.keepForRedirect();
            return "/reserve/project?faces-redirect=true&id=" + submitted;
        } catch (ScreeningRefused refused) {
            messages.info("reserve.declare.refused");
            for (Screening.Finding reason : refused.reasons()) {
                messages.error(
                        FORM + ":" + reason.field(),
                        reason.messageKey(),
                        reason.arguments().toArray());
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (DomainException refusal) {
            messages.error(FORM, refusal);
            return null;
        }
    }

    private long organisation() {
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        return organisation;
    }

    private long call() {
        if (call == null) {
            throw DomainException.invalid("call", "platform.validation.required");
        }
        return call;
    }

    private ReserveProject.Declaration declaration() {
        return new ReserveProject.Declaration(
                title,
                summary,
                category,
                zone == null || zone.isBlank() || ZoneNames.OTHER_CHOICE.equals(zone) ? null : zone,
                location,
                stage,
                totalInvestment,
                financingSought,
                instruments == null || instruments.length == 0
                        ? EnumSet.noneOf(FinancingInstrument.class)
                        : EnumSet.copyOf(Arrays.asList(instruments)),
                new Benefits(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT),
                estimateMethod,
                contactForFunders);
    }

    private List<ProjectDeclaring.Upload> uploads() {
        List<ProjectDeclaring.Upload> uploads = new ArrayList<>();
        add(uploads, EvidenceKind.FEASIBILITY_STUDY, feasibilityStudy);
        add(uploads, EvidenceKind.ENVIRONMENTAL_IMPACT_APPROVAL, environmentalImpactApproval);
        add(uploads, EvidenceKind.ENERGY_ASSESSMENT, energyAssessment);
        return uploads;
    }

    private static void add(List<ProjectDeclaring.Upload> uploads, EvidenceKind kind, UploadedFile file) {
        if (file != null && file.getSize() > 0) {
            uploads.add(new ProjectDeclaring.Upload(kind, file.getFileName(), file.getContent()));
        }
    }

    /** The file attached of this kind, if any. */
    public String attached(EvidenceKind kind) {
        return documents.stream()
                .filter(d -> d.kind() == kind)
                .map(ProjectDeclaring.DocumentLine::fileName)
                .findFirst()
                .orElse(null);
    }

    /** Whether the chosen call requires this kind of evidence. */
    public boolean required(EvidenceKind kind) {
        return choices != null
                && choices.calls().stream()
                        .filter(c -> call != null && c.id() == call)
                        .map(ProjectDeclaring.OpenCall::requiredEvidence)
                        .anyMatch(set -> set.contains(kind));
    }

    /** The call of a draft being edited stays; a new declaration chooses among the open calls. */
    public boolean isEditing() {
        return id != null;
    }

    public String getCallName() {
        return choices == null
                ? ""
                : choices.calls().stream()
                        .filter(c -> call != null && c.id() == call)
                        .map(ProjectDeclaring.OpenCall::name)
                        .findFirst()
                        .orElse("");
    }

    public List<ProjectDeclaring.Owner> getOwners() {
        return choices == null ? List.of() : choices.owners();
    }

    public List<ProjectDeclaring.OpenCall> getCalls() {
        return choices == null ? List.of() : choices.calls();
    }

    public List<org.greenhub.zone.application.ZoneCodes.Coded> getZones() {
        return choices == null ? List.of() : choices.zones();
    }

    public String getOtherZone() {
        return ZoneNames.OTHER_CHOICE;
    }

    public GreenCategory[] getCategories() {
        return GreenCategory.values();
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    public FinancingInstrument[] getInstrumentChoices() {
        return FinancingInstrument.values();
    }

    public Set<EvidenceKind> getEvidenceKinds() {
        return EnumSet.allOf(EvidenceKind.class);
    }

    public Long getNomination() {
        return nomination;
    }

    public void setNomination(Long nomination) {
        this.nomination = nomination;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public GreenCategory getCategory() {
        return category;
    }

    public void setCategory(GreenCategory category) {
        this.category = category;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public void setTotalInvestment(BigDecimal totalInvestment) {
        this.totalInvestment = totalInvestment;
    }

    public BigDecimal getFinancingSought() {
        return financingSought;
    }

    public void setFinancingSought(BigDecimal financingSought) {
        this.financingSought = financingSought;
    }

    public FinancingInstrument[] getInstruments() {
        return instruments;
    }

    public void setInstruments(FinancingInstrument[] instruments) {
        this.instruments = instruments;
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

    public String getEstimateMethod() {
        return estimateMethod;
    }

    public void setEstimateMethod(String estimateMethod) {
        this.estimateMethod = estimateMethod;
    }

    public boolean isContactForFunders() {
        return contactForFunders;
    }

    public void setContactForFunders(boolean contactForFunders) {
        this.contactForFunders = contactForFunders;
    }

    public UploadedFile getFeasibilityStudy() {
        return feasibilityStudy;
    }

    public void setFeasibilityStudy(UploadedFile feasibilityStudy) {
        this.feasibilityStudy = feasibilityStudy;
    }

    public UploadedFile getEnvironmentalImpactApproval() {
        return environmentalImpactApproval;
    }

    public void setEnvironmentalImpactApproval(UploadedFile environmentalImpactApproval) {
        this.environmentalImpactApproval = environmentalImpactApproval;
    }

    public UploadedFile getEnergyAssessment() {
        return energyAssessment;
    }

    public void setEnergyAssessment(UploadedFile energyAssessment) {
        this.energyAssessment = energyAssessment;
    }
}
