package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.alliance.domain.Alliance.Names;
import org.greenhub.alliance.domain.AllianceDocument.Purpose;
import org.greenhub.alliance.domain.CouncilMember.Office;
import org.greenhub.alliance.domain.EvaluationWeights;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;
import org.primefaces.model.file.UploadedFile;

/** The record tab: the alliance's names, focus, lead, periods and weights, its categories, council and documents. */
@Named("allianceRecord")
@ViewScoped
public class AllianceRecordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceManageBean manage;

    @Inject
    AllianceAdministration administration;

    @Inject
    AllianceDocuments documents;

    @Inject
    OrganisationService organisationService;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    private long version;
    private LocalisedInput names = new LocalisedInput();
    private GreenFocusArea focusArea;
    private OrganisationChoice lead;
    private Integer councilSeats;
    private Integer reminderDays;
    private Integer graceDays;
    private Integer weightAttendance;
    private Integer weightReports;
    private Integer weightProjects;
    private Integer weightDues;
    private List<CategoryRow> categories = new ArrayList<>();
    private LocalisedInput newCategoryName = new LocalisedInput();
    private BigDecimal newCategoryDues;
    private List<AllianceDocuments.DocumentRow> allianceDocuments;
    private List<AllianceAdministration.CouncilRow> council;
    private Office councilOffice = Office.MEMBER;
    private String councilName;
    private OrganisationChoice councilOrganisation;
    private Purpose documentPurpose = Purpose.CHARTER;
    private transient UploadedFile documentFile;

    /** A category line in the record form (editable name and dues). */
    public static final class CategoryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final LocalisedInput name;
        private BigDecimal annualDues;

        CategoryRow(long id, LocalisedName name, BigDecimal annualDues) {
            this.id = id;
            this.name = LocalisedInput.of(name);
            this.annualDues = annualDues;
        }

        public long getId() {
            return id;
        }

        public LocalisedInput getName() {
            return name;
        }

        public BigDecimal getAnnualDues() {
            return annualDues;
        }

        public void setAnnualDues(BigDecimal annualDues) {
            this.annualDues = annualDues;
        }
    }

    @PostConstruct
    void init() {
        fillRecord();
        allianceDocuments = documents.allianceDocuments(manage.getAllianceId());
    }

    private void fillRecord() {
        AllianceAdministration.Editable alliance =
                administration.editable(manage.getAllianceId(), Language.of(locale.getLocale()));
        manage.renamed(alliance.name());
        version = alliance.version();
        names = LocalisedInput.of(alliance.names());
        focusArea = alliance.focusArea();
        lead = alliance.leadOrganisationId() == null
                ? null
                : new OrganisationChoice(alliance.leadOrganisationId(), alliance.leadOrganisationName());
        councilSeats = alliance.councilSeats();
        reminderDays = alliance.reminderDays();
        graceDays = alliance.graceDays();
        EvaluationWeights weights = alliance.weights();
        weightAttendance = weights.attendance();
        weightReports = weights.reports();
        weightProjects = weights.projects();
        weightDues = weights.dues();
        council = administration.council(manage.getAllianceId());
        categories = new ArrayList<>(alliance.categories().stream()
                .map(c -> new CategoryRow(c.id(), c.name(), c.annualDues()))
                .toList());
    }

    public void saveRecord() {
        try {
            administration.update(
                    manage.getAllianceId(),
                    new AllianceAdministration.Record(
                            Names.of(names),
                            focusArea,
                            lead == null ? null : lead.id(),
                            orZero(councilSeats),
                            orZero(reminderDays),
                            orZero(graceDays),
                            new EvaluationWeights(
                                    orZero(weightAttendance),
                                    orZero(weightReports),
                                    orZero(weightProjects),
                                    orZero(weightDues))),
                    version);
            for (CategoryRow row : categories) {
                administration.saveCategory(manage.getAllianceId(), row.getId(), row.getName(), row.getAnnualDues());
            }
            fillRecord();
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("recordForm", refusal);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public void addCategory() {
        try {
            administration.saveCategory(manage.getAllianceId(), null, newCategoryName, newCategoryDues);
            fillRecord();
            newCategoryName = new LocalisedInput();
            newCategoryDues = null;
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("categoryForm", refusal);
        }
    }

    public void addCouncilMember() {
        try {
            administration.addCouncilMember(
                    manage.getAllianceId(),
                    councilOffice,
                    councilName,
                    councilOrganisation == null ? null : councilOrganisation.id());
            council = administration.council(manage.getAllianceId());
            councilName = null;
            councilOrganisation = null;
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("councilForm", refusal);
        }
    }

    public void removeCouncilMember(long id) {
        try {
            administration.removeCouncilMember(id);
            council = administration.council(manage.getAllianceId());
        } catch (DomainException refusal) {
            messages.error("councilForm", refusal);
        }
    }

    public void uploadDocument() {
        try {
            if (documentFile == null || documentFile.getSize() == 0) {
                throw DomainException.invalid("documentFile", "platform.validation.required");
            }
            documents.uploadAllianceDocument(
                    manage.getAllianceId(), documentPurpose, documentFile.getFileName(), documentFile.getContent());
            allianceDocuments = documents.allianceDocuments(manage.getAllianceId());
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("documentForm", refusal);
        } finally {
            documentFile = null;
        }
    }

    /** Organisations for the lead-organisation picker, found by name in any script. */
    public List<OrganisationChoice> completeOrganisation(String text) {
        return organisationService
                .listed(new OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10)
                .stream()
                .map(o -> new OrganisationChoice(o.id(), o.legalName()))
                .toList();
    }

    public List<Office> getOffices() {
        return List.of(Office.values());
    }

    public List<GreenFocusArea> getFocusAreas() {
        return List.of(GreenFocusArea.values());
    }

    public List<Purpose> getDocumentPurposes() {
        return List.of(Purpose.CHARTER, Purpose.AGREEMENT_TEMPLATE);
    }

    public List<AllianceAdministration.CouncilRow> getCouncil() {
        return council;
    }

    public Office getCouncilOffice() {
        return councilOffice;
    }

    public void setCouncilOffice(Office councilOffice) {
        this.councilOffice = councilOffice;
    }

    public String getCouncilName() {
        return councilName;
    }

    public void setCouncilName(String councilName) {
        this.councilName = councilName;
    }

    public OrganisationChoice getCouncilOrganisation() {
        return councilOrganisation;
    }

    public void setCouncilOrganisation(OrganisationChoice councilOrganisation) {
        this.councilOrganisation = councilOrganisation;
    }

    public OrganisationChoice getLead() {
        return lead;
    }

    public void setLead(OrganisationChoice lead) {
        this.lead = lead;
    }

    public LocalisedInput getNames() {
        return names;
    }

    public GreenFocusArea getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(GreenFocusArea focusArea) {
        this.focusArea = focusArea;
    }

    public Integer getCouncilSeats() {
        return councilSeats;
    }

    public void setCouncilSeats(Integer councilSeats) {
        this.councilSeats = councilSeats;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public Integer getWeightAttendance() {
        return weightAttendance;
    }

    public void setWeightAttendance(Integer weightAttendance) {
        this.weightAttendance = weightAttendance;
    }

    public Integer getWeightReports() {
        return weightReports;
    }

    public void setWeightReports(Integer weightReports) {
        this.weightReports = weightReports;
    }

    public Integer getWeightProjects() {
        return weightProjects;
    }

    public void setWeightProjects(Integer weightProjects) {
        this.weightProjects = weightProjects;
    }

    public Integer getWeightDues() {
        return weightDues;
    }

    public void setWeightDues(Integer weightDues) {
        this.weightDues = weightDues;
    }

    public List<CategoryRow> getCategories() {
        return categories;
    }

    public LocalisedInput getNewCategoryName() {
        return newCategoryName;
    }

    public BigDecimal getNewCategoryDues() {
        return newCategoryDues;
    }

    public void setNewCategoryDues(BigDecimal newCategoryDues) {
        this.newCategoryDues = newCategoryDues;
    }

    public List<AllianceDocuments.DocumentRow> getAllianceDocuments() {
        return allianceDocuments;
    }

    public Purpose getDocumentPurpose() {
        return documentPurpose;
    }

    public void setDocumentPurpose(Purpose documentPurpose) {
        this.documentPurpose = documentPurpose;
    }

    public UploadedFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(UploadedFile documentFile) {
        this.documentFile = documentFile;
    }
}
