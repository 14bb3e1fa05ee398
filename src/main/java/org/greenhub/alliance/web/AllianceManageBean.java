package org.greenhub.alliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.alliance.application.AllianceAdministration;
import org.greenhub.alliance.application.AllianceDocuments;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.EventService;
import org.greenhub.alliance.application.MemberEvaluationService;
import org.greenhub.alliance.application.MemberEvaluationService.EvaluationLine;
import org.greenhub.alliance.application.MemberBulkActions;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.LedgerRow;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.application.MembershipQueries.MemberRow;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceDocument;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.EvaluationWeights;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's alliance page: members by stage (paged in the database), the dues ledger, events with
 * registrations and attendance, the yearly evaluation, the alliance record with categories and documents, exports.
 */
@Named("allianceManage")
@ViewScoped
public class AllianceManageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceAdministration administration;

    @Inject
    MembershipQueries queries;

    @Inject
    EventService events;

    @Inject
    MemberEvaluationService evaluation;

    @Inject
    AllianceExports exports;

    @Inject
    AllianceDocuments documents;

    @Inject
    MemberBulkActions bulk;

    @Inject
    LocaleSelector locale;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    @Inject
    org.greenhub.organisation.application.OrganisationService organisationService;

    private Long allianceId;
    private String allianceName;
    private MembershipQueries.Workspace workspace;
    // members
    private String stage = "APPLICATIONS";
    /** The stage named in the address (a workspace figure links to the list it counts); unknown names are ignored. */
    private String requestedStage;
    private String searchText;
    private DatabasePage<MemberRow> members;
    /** The rows ticked on the current page (selection does not carry across pages; "all matching" does). */
    private List<MemberRow> selectedMembers = new ArrayList<>();
    private boolean allMatching;
    private String bulkQuestion;
    private DatabasePage<LedgerRow> ledger;
    // events
    private List<EventService.EventRow> eventRows;
    private Long selectedEvent;
    private List<EventService.RegistrationRow> registrations = List.of();
    private EventKind eventKind = EventKind.CAPITAL_MATCHING;
    private LocalisedInput eventTitle = new LocalisedInput();
    private LocalDateTime eventStartsAt;
    private LocalisedInput eventLocation = new LocalisedInput();
    private Integer eventCapacity = 50;
    private LocalisedInput eventDescription = new LocalisedInput();
    // evaluation
    private Integer year;
    private DatabasePage<EvaluationLine> evaluationLines;
    private Long editedEvaluation;
    private BigDecimal reports;
    private BigDecimal projects;
    private BigDecimal adjustment;
    private String adjustmentReason;
    // record
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
    private org.greenhub.alliance.domain.CouncilMember.Office councilOffice = org.greenhub.alliance.domain.CouncilMember.Office.MEMBER;
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

        public long getId() { return id; }
        public LocalisedInput getName() { return name; }
        public BigDecimal getAnnualDues() { return annualDues; }
        public void setAnnualDues(BigDecimal annualDues) { this.annualDues = annualDues; }
    }

    public void load() throws IOException {
        try {
            if (allianceId == null) {
                throw DomainException.notFound();
            }
            fillRecord(administration.forEdit(allianceId));
            workspace = queries.workspace(allianceId);
            if (requestedStage != null && getStages().contains(requestedStage)) {
                stage = requestedStage;
            } else if (workspace.applications() == 0) {
                stage = "MEMBERS";
            }
            year = LocalDate.now(clock).getYear();
            members = new DatabasePage<>() {
                @Override
                protected List<MemberRow> page(int first, int size, String sortField, boolean ascending) {
                    return queries.members(memberQuery(sortField, ascending), first, size);
                }

                @Override
                protected long total() {
                    return queries.countMembers(memberQuery(null, true));
                }

                @Override
                protected Object keyOf(MemberRow row) {
                    return row.id();
                }
            };
            ledger = new DatabasePage<>() {
                @Override
                protected List<LedgerRow> page(int first, int size, String sortField, boolean ascending) {
                    return queries.ledger(allianceId, first, size);
                }

                @Override
                protected long total() {
                    return queries.countLedger(allianceId);
                }

                @Override
                protected Object keyOf(LedgerRow row) {
                    return row.id();
                }
            };
            evaluationLines = new DatabasePage<>() {
                @Override
                protected List<EvaluationLine> page(int first, int size, String sortField, boolean ascending) {
                    return evaluation.year(allianceId, year, first, size);
                }

                @Override
                protected long total() {
                    return evaluation.countYear(allianceId, year);
                }

                @Override
                protected Object keyOf(EvaluationLine row) {
                    return row.id();
                }
            };
            eventRows = events.allEvents(allianceId);
            allianceDocuments = documents.allianceDocuments(allianceId);
        } catch (DomainException refusal) {
            AlliancePages.refuse(refusal);
        }
    }

    private void fillRecord(Alliance alliance) {
        allianceName = alliance.name(Language.of(locale.getLocale()));
        version = alliance.getVersion();
        Alliance.Names names = alliance.names();
        nameEn = names.en();
        nameZh = names.zh();
        nameTh = names.th();
        nameVi = names.vi();
        focusArea = alliance.getFocusArea();
        lead = alliance.getLeadOrganisation() == null ? null
                : new OrganisationChoice(alliance.getLeadOrganisation().getId(), alliance.getLeadOrganisation().getLegalName());
        councilSeats = alliance.getCouncilSeats();
        reminderDays = alliance.getReminderDays();
        graceDays = alliance.getGraceDays();
        EvaluationWeights weights = alliance.weights();
        weightAttendance = weights.attendance();
        weightReports = weights.reports();
        weightProjects = weights.projects();
        weightDues = weights.dues();
        council = administration.council(allianceId);
        categories = new ArrayList<>(administration.categories(allianceId).stream()
                .map(c -> new CategoryRow(c.getId(), c.getName(), c.getAnnualDues())).toList());
    }

    private MemberQuery memberQuery(String sortField, boolean ascending) {
        List<MembershipStatus> statuses = switch (stage) {
            case "APPLICATIONS" -> List.copyOf(MembershipStatus.APPLICATION_STAGES);
            case "IN_REVIEW" -> List.of(MembershipStatus.SUBMITTED, MembershipStatus.INFO_REQUESTED);
            case "MEMBERS" -> List.copyOf(MembershipStatus.MEMBERS);
            case "EXPIRING", "PROPOSED", "ALL" -> null;
            case "OUTSTANDING" -> List.of(MembershipStatus.APPROVED, MembershipStatus.GRACE, MembershipStatus.LAPSED);
            default -> List.of(MembershipStatus.valueOf(stage));
        };
        LocalDate expiring = "EXPIRING".equals(stage) ? workspace.expiringBefore() : null;
        return new MemberQuery(allianceId, statuses, searchText, "PROPOSED".equals(stage), expiring, sortField, ascending);
    }

    public List<String> getStages() {
        List<String> stages = new ArrayList<>(List.of("APPLICATIONS", "IN_REVIEW", "MEMBERS", "EXPIRING", "OUTSTANDING", "PROPOSED", "ALL"));
        for (MembershipStatus status : MembershipStatus.values()) {
            stages.add(status.name());
        }
        return stages;
    }

    public String stageLabelKey(String value) {
        return value.equals(value.toUpperCase()) && isStatus(value) ? "alliance.status." + value : "alliance.manage.stage." + value;
    }

    private static boolean isStatus(String value) {
        for (MembershipStatus status : MembershipStatus.values()) {
            if (status.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Opens the members list at a stage (from the workspace figures). */
    public void showStage(String value) {
        stage = value;
    }

    // ---- events --------------------------------------------------------------------------------------------------

    public void createEvent() {
        try {
            events.create(allianceId, new AllianceEvent.Details(eventKind, eventTitle,
                    eventStartsAt == null ? null : eventStartsAt.toInstant(ZoneOffset.UTC), eventLocation,
                    eventCapacity == null ? 0 : eventCapacity, eventDescription));
            eventRows = events.allEvents(allianceId);
            eventTitle = new LocalisedInput();
            eventLocation = new LocalisedInput();
            eventDescription = new LocalisedInput();
            messages.info("alliance.manage.event.created");
        } catch (DomainException refusal) {
            messages.error("eventForm", refusal);
        }
    }

    public void showRegistrations(long eventId) {
        selectedEvent = eventId;
        registrations = events.registrations(eventId);
    }

    public void toggleAttendance(long registrationId, boolean attended) {
        try {
            events.markAttendance(registrationId, attended);
            registrations = events.registrations(selectedEvent);
        } catch (DomainException refusal) {
            messages.error((String) null, refusal.messageKey(), refusal.args());
        }
    }

    // ---- evaluation ------------------------------------------------------------------------------------------------

    public void computeEvaluation() {
        try {
            int count = evaluation.evaluate(allianceId, year == null ? 0 : year);
            messages.info("alliance.manage.evaluation.computed", count, String.valueOf(year));
        } catch (DomainException refusal) {
            messages.error("evaluationForm", refusal);
        }
    }

    public void publishEvaluation() {
        try {
            int count = evaluation.publish(allianceId, year);
            messages.info("alliance.manage.evaluation.published", count, String.valueOf(year));
        } catch (DomainException refusal) {
            messages.error("evaluationForm", refusal);
        }
    }

    public void editEvaluation(EvaluationLine line) {
        editedEvaluation = line.id();
        reports = line.reports();
        projects = line.projects();
        adjustment = line.adjustment();
        adjustmentReason = line.adjustmentReason();
    }

    public void saveEvaluation() {
        try {
            evaluation.mark(editedEvaluation, reports, projects);
            evaluation.adjust(editedEvaluation, adjustment == null ? BigDecimal.ZERO : adjustment, adjustmentReason);
            editedEvaluation = null;
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("evaluationEditForm", refusal);
        }
    }

    // ---- the record ------------------------------------------------------------------------------------------------

    public void saveRecord() {
        try {
            Alliance saved = administration.update(allianceId, new AllianceAdministration.Record(new Alliance.Names(nameEn, nameZh, nameTh, nameVi),
                    focusArea, lead == null ? null : lead.id(), orZero(councilSeats), orZero(reminderDays), orZero(graceDays),
                    new EvaluationWeights(orZero(weightAttendance), orZero(weightReports), orZero(weightProjects), orZero(weightDues))), version);
            for (CategoryRow row : categories) {
                administration.saveCategory(allianceId, row.getId(), row.getName(), row.getAnnualDues());
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
            administration.saveCategory(allianceId, null, newCategoryName, newCategoryDues);
            fillRecord(administration.forEdit(allianceId));
            newCategoryName = new LocalisedInput();
            newCategoryDues = null;
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("categoryForm", refusal);
        }
    }

    public void addCouncilMember() {
        try {
            administration.addCouncilMember(allianceId, councilOffice, councilName, councilOrganisation == null ? null : councilOrganisation.id());
            council = administration.council(allianceId);
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
            council = administration.council(allianceId);
        } catch (DomainException refusal) {
            messages.error("councilForm", refusal);
        }
    }

    public List<org.greenhub.alliance.domain.CouncilMember.Office> getOffices() { return List.of(org.greenhub.alliance.domain.CouncilMember.Office.values()); }
    public List<AllianceAdministration.CouncilRow> getCouncil() { return council; }
    public org.greenhub.alliance.domain.CouncilMember.Office getCouncilOffice() { return councilOffice; }
    public void setCouncilOffice(org.greenhub.alliance.domain.CouncilMember.Office councilOffice) { this.councilOffice = councilOffice; }
    public String getCouncilName() { return councilName; }
    public void setCouncilName(String councilName) { this.councilName = councilName; }
    public OrganisationChoice getCouncilOrganisation() { return councilOrganisation; }
    public void setCouncilOrganisation(OrganisationChoice councilOrganisation) { this.councilOrganisation = councilOrganisation; }

    public void uploadDocument() {
        try {
            if (documentFile == null || documentFile.getSize() == 0) {
                throw DomainException.invalid("documentFile", "platform.validation.required");
            }
            documents.uploadAllianceDocument(allianceId, documentPurpose, documentFile.getFileName(), documentFile.getContent());
            allianceDocuments = documents.allianceDocuments(allianceId);
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("documentForm", refusal);
        } finally {
            documentFile = null;
        }
    }

    // ---- exports ---------------------------------------------------------------------------------------------------

    public StreamedContent getMembersCsv() { return AlliancePages.download(() -> exports.members(allianceId, AllianceExports.Format.CSV, language())); }
    public StreamedContent getMembersExcel() { return AlliancePages.download(() -> exports.members(allianceId, AllianceExports.Format.XLSX, language())); }
    public StreamedContent getLedgerCsv() { return AlliancePages.download(() -> exports.ledger(allianceId, AllianceExports.Format.CSV, language())); }
    public StreamedContent getLedgerExcel() { return AlliancePages.download(() -> exports.ledger(allianceId, AllianceExports.Format.XLSX, language())); }
    public StreamedContent getEvaluationCsv() { return AlliancePages.download(() -> exports.evaluations(allianceId, year, AllianceExports.Format.CSV, language())); }
    public StreamedContent getEvaluationExcel() { return AlliancePages.download(() -> exports.evaluations(allianceId, year, AllianceExports.Format.XLSX, language())); }
    public StreamedContent getSelectionCsv() { return AlliancePages.download(() -> exports.members(allianceId, AllianceExports.Format.CSV, language(), bulkIds())); }
    public StreamedContent getSelectionExcel() { return AlliancePages.download(() -> exports.members(allianceId, AllianceExports.Format.XLSX, language(), bulkIds())); }

    private Language language() {
        return Language.of(locale.getLocale());
    }

    // ---- bulk actions on the member list -------------------------------------------------------------------------

    /** The ids acted on: every member matching the filter when "all matching" is ticked, else the rows ticked on this page. */
    private List<Long> bulkIds() {
        return allMatching ? queries.memberIds(memberQuery(null, true), MemberBulkActions.MAX_MEMBERS)
                : selectedMembers.stream().map(MemberRow::id).toList();
    }

    /** How many members the filter matches (all pages), for "select all matching". */
    public long getMatchingCount() {
        return queries.countMembers(memberQuery(null, true));
    }

    public void requestInformationForSelection() {
        try {
            int asked = bulk.requestInformation(allianceId, bulkIds(), bulkQuestion);
            messages.info("alliance.bulk.asked", asked);
            clearBulk();
        } catch (MemberBulkActions.Refused refused) {
            reportRefusals(refused);
        } catch (DomainException refusal) {
            messages.error(refusal.field() == null ? null : "tabs:membersForm:" + refusal.field(), refusal.messageKey(), refusal.args());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void remindSelection() {
        try {
            int reminded = bulk.remind(allianceId, bulkIds());
            messages.info("alliance.bulk.reminded", reminded);
            clearBulk();
        } catch (MemberBulkActions.Refused refused) {
            reportRefusals(refused);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void reportRefusals(MemberBulkActions.Refused refused) {
        messages.error(null, "alliance.bulk.refused", refused.refusals().size());
        for (var refusal : refused.refusals()) {
            String which = refusal.name() != null ? refusal.name() : messages.text("alliance.bulk.memberNumber", refusal.membershipId());
            messages.error(null, "alliance.bulk.refusedMember", which, messages.text(refusal.messageKey(), refusal.args()));
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }

    private void clearBulk() {
        selectedMembers = new ArrayList<>();
        allMatching = false;
        bulkQuestion = null;
        workspace = queries.workspace(allianceId);
    }

    public List<MemberRow> getSelectedMembers() { return selectedMembers; }
    public void setSelectedMembers(List<MemberRow> selected) { this.selectedMembers = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public boolean isAllMatching() { return allMatching; }
    public void setAllMatching(boolean allMatching) { this.allMatching = allMatching; }
    public String getBulkQuestion() { return bulkQuestion; }
    public void setBulkQuestion(String bulkQuestion) { this.bulkQuestion = bulkQuestion; }

    /** Organisations for the lead-organisation picker, found by name in any script. */
    public List<OrganisationChoice> completeOrganisation(String text) {
        return organisationService.page(new org.greenhub.organisation.domain.OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10)
                .stream().map(o -> new OrganisationChoice(o.getId(), o.getLegalName())).toList();
    }

    public OrganisationChoice getLead() { return lead; }
    public void setLead(OrganisationChoice lead) { this.lead = lead; }

    public List<EventKind> getEventKinds() { return List.of(EventKind.values()); }
    public List<GreenFocusArea> getFocusAreas() { return List.of(GreenFocusArea.values()); }
    public List<AllianceDocument.Purpose> getDocumentPurposes() { return List.of(AllianceDocument.Purpose.CHARTER, AllianceDocument.Purpose.AGREEMENT_TEMPLATE); }

    public Long getAllianceId() { return allianceId; }
    public void setAllianceId(Long allianceId) { this.allianceId = allianceId; }
    public String getAllianceName() { return allianceName; }
    public MembershipQueries.Workspace getWorkspace() { return workspace; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getRequestedStage() { return requestedStage; }
    public void setRequestedStage(String requestedStage) { this.requestedStage = requestedStage; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public DatabasePage<MemberRow> getMembers() { return members; }
    public DatabasePage<LedgerRow> getLedger() { return ledger; }
    public List<EventService.EventRow> getEventRows() { return eventRows; }
    public Long getSelectedEvent() { return selectedEvent; }
    public List<EventService.RegistrationRow> getRegistrations() { return registrations; }
    public EventKind getEventKind() { return eventKind; }
    public void setEventKind(EventKind eventKind) { this.eventKind = eventKind; }
    public LocalisedInput getEventTitle() { return eventTitle; }
    public LocalDateTime getEventStartsAt() { return eventStartsAt; }
    public void setEventStartsAt(LocalDateTime eventStartsAt) { this.eventStartsAt = eventStartsAt; }
    public LocalisedInput getEventLocation() { return eventLocation; }
    public Integer getEventCapacity() { return eventCapacity; }
    public void setEventCapacity(Integer eventCapacity) { this.eventCapacity = eventCapacity; }
    public LocalisedInput getEventDescription() { return eventDescription; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public DatabasePage<EvaluationLine> getEvaluationLines() { return evaluationLines; }
    public Long getEditedEvaluation() { return editedEvaluation; }
    public BigDecimal getReports() { return reports; }
    public void setReports(BigDecimal reports) { this.reports = reports; }
    public BigDecimal getProjects() { return projects; }
    public void setProjects(BigDecimal projects) { this.projects = projects; }
    public BigDecimal getAdjustment() { return adjustment; }
    public void setAdjustment(BigDecimal adjustment) { this.adjustment = adjustment; }
    public String getAdjustmentReason() { return adjustmentReason; }
    public void setAdjustmentReason(String adjustmentReason) { this.adjustmentReason = adjustmentReason; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameTh() { return nameTh; }
    public void setNameTh(String nameTh) { this.nameTh = nameTh; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public GreenFocusArea getFocusArea() { return focusArea; }
    public void setFocusArea(GreenFocusArea focusArea) { this.focusArea = focusArea; }
    public Integer getCouncilSeats() { return councilSeats; }
    public void setCouncilSeats(Integer councilSeats) { this.councilSeats = councilSeats; }
    public Integer getReminderDays() { return reminderDays; }
    public void setReminderDays(Integer reminderDays) { this.reminderDays = reminderDays; }
    public Integer getGraceDays() { return graceDays; }
    public void setGraceDays(Integer graceDays) { this.graceDays = graceDays; }
    public Integer getWeightAttendance() { return weightAttendance; }
    public void setWeightAttendance(Integer weightAttendance) { this.weightAttendance = weightAttendance; }
    public Integer getWeightReports() { return weightReports; }
    public void setWeightReports(Integer weightReports) { this.weightReports = weightReports; }
    public Integer getWeightProjects() { return weightProjects; }
    public void setWeightProjects(Integer weightProjects) { this.weightProjects = weightProjects; }
    public Integer getWeightDues() { return weightDues; }
    public void setWeightDues(Integer weightDues) { this.weightDues = weightDues; }
    public List<CategoryRow> getCategories() { return categories; }
    public LocalisedInput getNewCategoryName() { return newCategoryName; }
    public BigDecimal getNewCategoryDues() { return newCategoryDues; }
    public void setNewCategoryDues(BigDecimal newCategoryDues) { this.newCategoryDues = newCategoryDues; }
    public List<AllianceDocuments.DocumentRow> getAllianceDocuments() { return allianceDocuments; }
    public AllianceDocument.Purpose getDocumentPurpose() { return documentPurpose; }
    public void setDocumentPurpose(AllianceDocument.Purpose documentPurpose) { this.documentPurpose = documentPurpose; }
    public UploadedFile getDocumentFile() { return documentFile; }
    public void setDocumentFile(UploadedFile documentFile) { this.documentFile = documentFile; }
}
