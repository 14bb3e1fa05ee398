package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.MemberBulkActions;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.application.MembershipQueries.MemberRow;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;
import org.primefaces.model.StreamedContent;

/**
 * The members tab: applications and members by stage, searched and paged in the database, their exports, and bulk
 * actions on the ticked members or on all that match the filter.
 */
@Named("allianceMembers")
@ViewScoped
public class AllianceMembersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceManageBean manage;

    @Inject
    MembershipQueries queries;

    @Inject
    AllianceExports exports;

    @Inject
    MemberBulkActions bulk;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private String stage = "APPLICATIONS";
    private String searchText;
    private DatabasePage<MemberRow> members;
    /** The rows ticked on the current page (selection does not carry across pages; "all matching" does). */
    private List<MemberRow> selectedMembers = new ArrayList<>();

    private boolean allMatching;
    private String bulkQuestion;

    @PostConstruct
    void init() {
        if (manage.getRequestedStage() != null && getStages().contains(manage.getRequestedStage())) {
            stage = manage.getRequestedStage();
        } else if (manage.getWorkspace() != null && manage.getWorkspace().applications() == 0) {
            stage = "MEMBERS";
        }
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
        LocalDate expiring = "EXPIRING".equals(stage) ? manage.getWorkspace().expiringBefore() : null;
        return new MemberQuery(
                manage.getAllianceId(), statuses, searchText, "PROPOSED".equals(stage), expiring, sortField, ascending);
    }

    public List<String> getStages() {
        List<String> stages = new ArrayList<>(
                List.of("APPLICATIONS", "IN_REVIEW", "MEMBERS", "EXPIRING", "OUTSTANDING", "PROPOSED", "ALL"));
        for (MembershipStatus status : MembershipStatus.values()) {
            stages.add(status.name());
        }
        return stages;
    }

    public String stageLabelKey(String value) {
        return value.equals(value.toUpperCase()) && isStatus(value)
                ? "alliance.status." + value
                : "alliance.manage.stage." + value;
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

    public StreamedContent getMembersCsv() {
        return AlliancePages.download(
                () -> exports.members(manage.getAllianceId(), AllianceExports.Format.CSV, language()));
    }

    public StreamedContent getMembersExcel() {
        return AlliancePages.download(
                () -> exports.members(manage.getAllianceId(), AllianceExports.Format.XLSX, language()));
    }

    public StreamedContent getSelectionCsv() {
        return AlliancePages.download(
                () -> exports.members(manage.getAllianceId(), AllianceExports.Format.CSV, language(), bulkIds()));
    }

    public StreamedContent getSelectionExcel() {
        return AlliancePages.download(
                () -> exports.members(manage.getAllianceId(), AllianceExports.Format.XLSX, language(), bulkIds()));
    }

    private Language language() {
        return Language.of(locale.getLocale());
    }

    // ---- bulk actions on the member list -------------------------------------------------------------------------

    /** The ids acted on: every member matching the filter when "all matching" is ticked, else the rows ticked on this page. */
    private List<Long> bulkIds() {
        return allMatching
                ? queries.memberIds(memberQuery(null, true), MemberBulkActions.MAX_MEMBERS)
                : selectedMembers.stream().map(MemberRow::id).toList();
    }

    /** How many members the filter matches (all pages), for "select all matching". */
    public long getMatchingCount() {
        // The table above has just counted the same filter for its paginator: read its count instead of a second query
        // on every render of the bulk panel.
        return members.getRowCount();
    }

    public void requestInformationForSelection() {
        try {
            int asked = bulk.requestInformation(manage.getAllianceId(), bulkIds(), bulkQuestion);
            messages.info("alliance.bulk.asked", asked);
            clearBulk();
        } catch (MemberBulkActions.Refused refused) {
            reportRefusals(refused);
        } catch (DomainException refusal) {
            messages.error(
                    refusal.field() == null ? null : "tabs:membersForm:" + refusal.field(),
                    refusal.messageKey(),
                    refusal.args());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void remindSelection() {
        try {
            int reminded = bulk.remind(manage.getAllianceId(), bulkIds());
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
            String which = refusal.name() != null
                    ? refusal.name()
                    : messages.text("alliance.bulk.memberNumber", refusal.membershipId());
            messages.error(
                    null, "alliance.bulk.refusedMember", which, messages.text(refusal.messageKey(), refusal.args()));
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }

    private void clearBulk() {
        selectedMembers = new ArrayList<>();
        allMatching = false;
        bulkQuestion = null;
        manage.refreshWorkspace();
    }

    public List<MemberRow> getSelectedMembers() {
        return selectedMembers;
    }

    public void setSelectedMembers(List<MemberRow> selected) {
        this.selectedMembers = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public void setAllMatching(boolean allMatching) {
        this.allMatching = allMatching;
    }

    public String getBulkQuestion() {
        return bulkQuestion;
    }

    public void setBulkQuestion(String bulkQuestion) {
        this.bulkQuestion = bulkQuestion;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public DatabasePage<MemberRow> getMembers() {
        return members;
    }
}
