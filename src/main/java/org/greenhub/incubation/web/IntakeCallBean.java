package org.greenhub.incubation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.application.IntakeScreening;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeCall.Terms;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;

/**
 * An intake call for its incubator's managers: its terms and publication, its screening rounds (set up here, run on
 * the evaluation pages) and its applications, a page at a time, with their score in the latest scored round.
 */
@Named("intakeCall")
@ViewScoped
public class IntakeCallBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeCallService calls;

    @Inject
    IntakeDecisions decisions;

    @Inject
    IntakeScreening screening;

    @Inject
    org.greenhub.incubation.application.AwardWinnerInvitations invitations;

    @Inject
    org.greenhub.incubation.application.IntakeBulkActions bulk;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private long version;
    private long incubatorId;
    private String incubatorName;
    private boolean published;
    private LocalisedInput title = new LocalisedInput();
    /** The page's heading: the call's title in the reader's language (the English one where none was given). */
    private String heading;

    private LocalisedInput description = new LocalisedInput();
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer capacity;
    private Integer maxAge;
    private Integer offerDays;
    private Map<ApplicationStatus, Long> counts = Map.of();
    private List<IntakeScreening.RoundLine> rounds = List.of();
    private Map<Long, IntakeScreening.Standing> standings = Map.of();
    private String roundName;
    private List<org.greenhub.incubation.application.AwardWinnerInvitations.CompetitionChoice> competitions = List.of();
    private Long competitionId;
    private DatabasePage<IntakeDecisions.Row> applications;
    /** The list's status filter ({@code ?status=} from a count on this page or the address; null: all). */
    private ApplicationStatus statusFilter;
    /** The rows ticked on the current page (selection does not carry across pages; "all matching" does). */
    private List<IntakeDecisions.Row> selected = new java.util.ArrayList<>();

    private boolean allMatching;

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
            applications = new DatabasePage<>() {
                @Override
                protected List<IntakeDecisions.Row> page(int first, int size, String sortField, boolean ascending) {
                    return decisions.applications(id, statusFilter, first, size, sortField, ascending);
                }

                @Override
                protected long total() {
                    return decisions.countApplications(id, statusFilter);
                }

                @Override
                protected Object keyOf(IntakeDecisions.Row row) {
                    return row.id();
                }
            };
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        Language language = Language.of(localeSelector.getLocale());
        IntakeCallService.ManagedCall call = calls.managedView(id, language);
        version = call.version();
        incubatorId = call.incubatorId();
        incubatorName = call.incubatorName();
        published = call.published();
        title = LocalisedInput.of(call.titles());
        heading = call.titles().text(language);
        description = LocalisedInput.of(call.descriptions());
        opensAt = IntakePages.toLocal(call.opensAt());
        closesAt = IntakePages.toLocal(call.closesAt());
        capacity = call.capacity();
        maxAge = call.maxAgeMonths();
        offerDays = call.offerDays();
        counts = calls.statusCounts(id);
        rounds = screening.roundsOf(id);
        standings = screening.standings(id);
        competitions = invitations.competitionsWithWinners(Language.of(localeSelector.getLocale()));
    }

    public void inviteWinners() {
        try {
            if (competitionId == null) {
                throw DomainException.invalid("competition", "platform.validation.required");
            }
            int invited = invitations.invite(id, competitionId);
            messages.info("incubation.ui.invite.done", invited);
        } catch (DomainException refusal) {
            IntakePages.error(messages, "inviteForm", refusal);
        }
    }

    public void save() {
        try {
            calls.change(
                    id,
                    new Terms(
                            title,
                            description,
                            IntakePages.toInstant(opensAt),
                            IntakePages.toInstant(closesAt),
                            capacity,
                            maxAge,
                            offerDays),
                    version);
            refresh();
            messages.info("incubation.ui.call.saved");
        } catch (DomainException refusal) {
            IntakePages.error(messages, "termsForm", refusal);
        }
    }

    public void togglePublished() {
        try {
            calls.publish(id, !published);
            refresh();
            messages.info(published ? "incubation.ui.call.publishedNow" : "incubation.ui.call.unpublishedNow");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public String setUpRound() {
        try {
            IntakeScreening.RoundLine round = screening.setUpRound(id, roundName);
            messages.info("incubation.ui.screening.created", round.name());
            messages.keepForRedirect();
            return "/evaluation/manage/round?faces-redirect=true&id=" + round.id();
        } catch (DomainException refusal) {
            IntakePages.error(messages, "screeningForm", refusal);
            return null;
        }
    }

    public void addApplications(long roundId) {
        try {
            int added = screening.addApplications(id, roundId);
            refresh();
            messages.info("incubation.ui.screening.added", added);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public String standing(IntakeDecisions.Row row) {
        IntakeScreening.Standing standing = row.subjectId() == null ? null : standings.get(row.subjectId());
        if (standing == null) {
            return "";
        }
        return messages.text(
                "incubation.ui.standing",
                java.math.BigDecimal.valueOf(standing.score()).setScale(2, java.math.RoundingMode.HALF_UP),
                standing.rank(),
                standing.judges());
    }

    public long count(ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public String moment(java.time.Instant instant) {
        return IntakePages.moment(instant);
    }

    // ---- bulk actions on the application list ---------------------------------------------------------------------

    /** The ids acted on: every application the filter matches when "all matching" is ticked, else the rows ticked on this page. */
    private List<Long> bulkIds() {
        return allMatching
                ? decisions.applicationIds(
                        id, statusFilter, org.greenhub.incubation.application.IntakeBulkActions.MAX_APPLICATIONS)
                : selected.stream().map(IntakeDecisions.Row::id).toList();
    }

    /** How many applications the filter matches (all pages), for "select all matching". */
    public long getMatchingCount() {
        // The table above has just counted the same filter for its paginator: read its count instead of a second query
        // on every render of the bulk panel.
        return applications.getRowCount();
    }

    public void filter() {
        // the table reloads with the new filter (first page); a selection made under the old filter no longer applies
        selected = new java.util.ArrayList<>();
        allMatching = false;
    }

    public void remindSelection() {
        try {
            int reminded = bulk.remindOffers(id, bulkIds());
            messages.info("incubation.bulk.reminded", reminded);
            selected = new java.util.ArrayList<>();
            allMatching = false;
        } catch (org.greenhub.incubation.application.IntakeBulkActions.Refused refused) {
            messages.error(null, "incubation.bulk.refused", refused.refusals().size());
            for (var refusal : refused.refusals()) {
                String which = refusal.project() != null
                        ? refusal.project()
                        : messages.text("incubation.bulk.applicationNumber", refusal.applicationId());
                messages.error(
                        null,
                        "incubation.bulk.refusedApplication",
                        which,
                        messages.text(refusal.messageKey(), refusal.args()));
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public org.primefaces.model.StreamedContent getSelectionCsv() {
        return download(org.greenhub.evaluation.application.ExportFile.Format.CSV);
    }

    public org.primefaces.model.StreamedContent getSelectionExcel() {
        return download(org.greenhub.evaluation.application.ExportFile.Format.XLSX);
    }

    private org.primefaces.model.StreamedContent download(
            org.greenhub.evaluation.application.ExportFile.Format format) {
        var file = bulk.export(id, bulkIds(), format, Language.of(localeSelector.getLocale()));
        byte[] content = file.content();
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) content.length)
                .stream(() -> new java.io.ByteArrayInputStream(content))
                .build();
    }

    public List<IntakeDecisions.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<IntakeDecisions.Row> selected) {
        this.selected = selected == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(selected);
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public void setAllMatching(boolean allMatching) {
        this.allMatching = allMatching;
    }

    public ApplicationStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ApplicationStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public String getZoneName() {
        return IntakePages.ZONE.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getIncubatorId() {
        return incubatorId;
    }

    public String getIncubatorName() {
        return incubatorName;
    }

    public boolean isPublished() {
        return published;
    }

    public LocalisedInput getCallTitle() {
        return title;
    }

    public String getHeading() {
        return heading;
    }

    public LocalisedInput getCallDescription() {
        return description;
    }

    public LocalDateTime getCallOpensAt() {
        return opensAt;
    }

    public void setCallOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getCallClosesAt() {
        return closesAt;
    }

    public void setCallClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getCallCapacity() {
        return capacity;
    }

    public void setCallCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getCallMaxAge() {
        return maxAge;
    }

    public void setCallMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Integer getCallOfferDays() {
        return offerDays;
    }

    public void setCallOfferDays(Integer offerDays) {
        this.offerDays = offerDays;
    }

    public List<IntakeScreening.RoundLine> getRounds() {
        return rounds;
    }

    public List<org.greenhub.incubation.application.AwardWinnerInvitations.CompetitionChoice> getCompetitions() {
        return competitions;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public void setCompetitionId(Long competitionId) {
        this.competitionId = competitionId;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public DatabasePage<IntakeDecisions.Row> getApplications() {
        return applications;
    }
}
