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
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceDocument;
import org.greenhub.alliance.domain.CouncilMember;
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
    private String nameEn;
    private String nameZh;
    private String nameTh;
    private String nameVi;
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
    private CouncilMember.Office councilOffice = CouncilMember.Office.MEMBER;
    private String councilName;
    private OrganisationChoice councilOrganisation;
    private AllianceDocument.Purpose documentPurpose = AllianceDocument.Purpose.CHARTER;
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
        fillRecord(administration.forEdit(manage.getAllianceId()));
        allianceDocuments = documents.allianceDocuments(manage.getAllianceId());
    }

    private void fillRecord(Alliance alliance) {
        manage.renamed(alliance.name(Language.of(locale.getLocale())));
        version = alliance.getVersion();
        Alliance.Names names = alliance.names();
        nameEn = names.en();
        nameZh = names.zh();
        nameTh = names.th();
        nameVi = names.vi();
        focusArea = alliance.getFocusArea();
        lead = alliance.getLeadOrganisation() == null
                ? null
                : new OrganisationChoice(
                        alliance.getLeadOrganisation().getId(),
                        alliance.getLeadOrganisation().getLegalName());
        councilSeats = alliance.getCouncilSeats();
        reminderDays = alliance.getReminderDays();
        graceDays = alliance.getGraceDays();
        EvaluationWeights weights = alliance.weights();
        weightAttendance = weights.attendance();
        weightReports = weights.reports();
        weightProjects = weights.projects();
        weightDues = weights.dues();
        council = administration.council(manage.getAllianceId());
        categories = new ArrayList<>(administration.categories(manage.getAllianceId()).stream()
                .map(c -> new CategoryRow(c.getId(), c.getName(), c.getAnnualDues()))
                .toList());
    }

    public void saveRecord() {
        try {
            Alliance saved = administration.update(
                    manage.getAllianceId(),
                    new AllianceAdministration.Record(
                            new Alliance.Names(nameEn, nameZh, nameTh, nameVi),
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
            fillRecord(administration.forEdit(saved.getId()));
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
            fillRecord(administration.forEdit(manage.getAllianceId()));
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
                .page(new OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10)
                .stream()
                .map(o -> new OrganisationChoice(o.getId(), o.getLegalName()))
                .toList();
    }

    public List<CouncilMember.Office> getOffices() {
        return List.of(CouncilMember.Office.values());
    }

    public List<GreenFocusArea> getFocusAreas() {
        return List.of(GreenFocusArea.values());
    }

    public List<AllianceDocument.Purpose> getDocumentPurposes() {
        return List.of(AllianceDocument.Purpose.CHARTER, AllianceDocument.Purpose.AGREEMENT_TEMPLATE);
    }

    public List<AllianceAdministration.CouncilRow> getCouncil() {
        return council;
    }

    public CouncilMember.Office getCouncilOffice() {
        return councilOffice;
    }

    public void setCouncilOffice(CouncilMember.Office councilOffice) {
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

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
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

    public AllianceDocument.Purpose getDocumentPurpose() {
        return documentPurpose;
    }

    public void setDocumentPurpose(AllianceDocument.Purpose documentPurpose) {
        this.documentPurpose = documentPurpose;
    }

    public UploadedFile getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(UploadedFile documentFile) {
        this.documentFile = documentFile;
    }
}
