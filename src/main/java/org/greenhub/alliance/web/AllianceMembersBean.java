package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.MemberQuery;
import org.greenhub.alliance.application.MembershipQueries.MemberRow;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.web.DatabasePage;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The members tab: applications and members by stage, searched and paged in the database, and their exports. */
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

    private String stage = "APPLICATIONS";
    private String searchText;
    private DatabasePage<MemberRow> members;

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
        return new MemberQuery(manage.getAllianceId(), statuses, searchText, "PROPOSED".equals(stage), expiring, sortField, ascending);
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

    public StreamedContent getMembersCsv() { return AlliancePages.download(() -> exports.members(manage.getAllianceId(), AllianceExports.Format.CSV)); }
    public StreamedContent getMembersExcel() { return AlliancePages.download(() -> exports.members(manage.getAllianceId(), AllianceExports.Format.XLSX)); }

    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public DatabasePage<MemberRow> getMembers() { return members; }
}
