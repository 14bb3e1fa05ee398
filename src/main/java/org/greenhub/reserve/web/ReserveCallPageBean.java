package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.text.Figures;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;
import org.greenhub.reserve.application.ReserveCallQueries;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;
import org.greenhub.reserve.domain.ProjectStatus;

/**
 * A call's page for its managers: what it declares, its managers, its evaluation round, and its projects as a lazy
 * table paged in the database, with their counts by status.
 */
@Named("reserveCallPage")
@ViewScoped
public class ReserveCallPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps a manager filters by, in the order projects pass them (drafts are the owners' alone). */
    private static final List<ProjectStatus> STEPS = List.of(
            ProjectStatus.SUBMITTED,
            ProjectStatus.IN_REVIEW,
            ProjectStatus.RETURNED,
            ProjectStatus.LISTED,
            ProjectStatus.REJECTED,
            ProjectStatus.LAPSED);

    @Inject
    ReserveCalls calls;

    @Inject
    ReserveReview review;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private ReserveCalls.CallView call;
    private ProjectStatus status;
    private Projects projects;
    private String roundName;
    private LocalDateTime roundOpens;
    private LocalDateTime roundCloses;
    private Integer judgesPerProject = 2;
    private String managerEmail;

    public void load() {
        if (id == null) {
            PageRefusals.refuse(DomainException.notFound());
            return;
        }
        try {
            call = calls.view(id);
            projects = new Projects();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** The call's projects, one page at a time from the database, in the status the manager filters by. */
    public class Projects extends DatabasePage<ReserveCallQueries.ProjectLine> {

        private static final long serialVersionUID = 1L;

        @Override
        protected List<ReserveCallQueries.ProjectLine> page(int first, int size, String sortField, boolean ascending) {
            return calls.projects(id, status, first, size, sortField, ascending);
        }

        @Override
        protected long total() {
            return calls.countProjects(id, status);
        }

        @Override
        protected Object keyOf(ReserveCallQueries.ProjectLine row) {
            return row.id();
        }
    }

    public String addRound() {
        try {
            ZoneId zone = ZoneId.of(call.timeZone());
            review.addRound(
                    id,
                    roundName,
                    roundOpens == null ? null : roundOpens.atZone(zone).toInstant(),
                    roundCloses == null ? null : roundCloses.atZone(zone).toInstant(),
                    judgesPerProject == null ? 1 : judgesPerProject);
            messages.info("reserve.review.call.roundAdded");
            messages.keepForRedirect();
            return again();
        } catch (DomainException refusal) {
            messages.error("roundForm", refusal);
            return null;
        }
    }

    /** Adds the round the call's renewals are reviewed in (a later one replaces it for new renewals). */
    public String addRenewalRound() {
        try {
            ZoneId zone = ZoneId.of(call.timeZone());
            review.addRenewalRound(
                    id,
                    roundName,
                    roundOpens == null ? null : roundOpens.atZone(zone).toInstant(),
                    roundCloses == null ? null : roundCloses.atZone(zone).toInstant(),
                    judgesPerProject == null ? 1 : judgesPerProject);
            messages.info("reserve.renewal.roundAdded");
            messages.keepForRedirect();
            return again();
        } catch (DomainException refusal) {
            messages.error("renewalRoundForm", refusal);
            return null;
        }
    }

    /** Moves the listings whose owners asked for a renewal into the renewal round. */
    public String startRenewalReview() {
        try {
            int moved = review.startRenewalReview(id);
            messages.info("reserve.renewal.reviewStarted", Figures.count(moved, locale.getLocale()));
            messages.keepForRedirect();
            return again();
        } catch (DomainException refusal) {
            messages.error("renewalForm", refusal);
            return null;
        }
    }

    public String getRenewalRequestsText() {
        return call == null ? "" : Figures.count(call.renewalRequests(), locale.getLocale());
    }

    public String startReview() {
        try {
            int moved = review.startReview(id);
            messages.info("reserve.review.call.reviewStarted", Figures.count(moved, locale.getLocale()));
            messages.keepForRedirect();
            return again();
        } catch (DomainException refusal) {
            messages.error("reviewForm", refusal);
            return null;
        }
    }

    public String addManager() {
        try {
            calls.addManager(id, managerEmail);
            messages.info("reserve.review.call.managerAdded");
            messages.keepForRedirect();
            return again();
        } catch (DomainException refusal) {
            messages.error("managerForm", refusal);
            return null;
        }
    }

    private String again() {
        return "/reserve/manage/call?faces-redirect=true&id=" + id;
    }

    public String getWindow() {
        return ReservePages.window(messages, locale(), call.opensOn(), call.closesOn(), call.timeZone());
    }

    public String getCategoriesText() {
        if (call.rules().categories().isEmpty()) {
            return messages.text("reserve.review.call.allCategories");
        }
        return call.rules().categories().stream()
                .sorted()
                .map(c -> messages.text("reserve.category." + c.name()))
                .collect(Collectors.joining(messages.text("reserve.review.list.separator")));
    }

    /** The call's zones named in the reader's language (kept codes of zones without a record as they are). */
    public String getZonesText() {
        return call.rules().takesEveryZone()
                ? messages.text("reserve.review.call.allZones")
                : String.join(messages.text("reserve.review.list.separator"), calls.zoneNames(call.rules()));
    }

    public String getEvidenceText() {
        if (call.rules().requiredEvidence().isEmpty()) {
            return messages.text("reserve.review.call.noEvidence");
        }
        return call.rules().requiredEvidence().stream()
                .sorted()
                .map(e -> messages.text("reserve.evidence." + e.name()))
                .collect(Collectors.joining(messages.text("reserve.review.list.separator")));
    }

    /** Each ceiling with its figure's name (units included), or nothing when none is declared. */
    public List<String> getCeilings() {
        return call.rules().ceilingsPer10kYuan().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> messages.text("reserve.figure." + e.getKey().name()) + ": "
                        + ReservePages.number(e.getValue(), locale()))
                .toList();
    }

    public String getBandsText() {
        return messages.text(
                "reserve.review.call.bandsText",
                ReservePages.number(call.bands().minimumA(), locale()),
                ReservePages.number(call.bands().minimumB(), locale()),
                ReservePages.number(call.bands().minimumC(), locale()));
    }

    public String getTermText() {
        return messages.text(
                "reserve.review.call.termText", Figures.count(call.term().validityYears(), locale()));
    }

    public long count(ProjectStatus s) {
        return call.counts().getOrDefault(s, 0L);
    }

    public String countText(ProjectStatus s) {
        return Figures.count(count(s), locale());
    }

    public String time(java.time.Instant instant) {
        return instant == null ? "" : TimeText.of(instant, call.timeZone());
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : Figures.date(day, locale());
    }

    private Locale locale() {
        return locale.getLocale();
    }

    public List<ProjectStatus> getSteps() {
        return STEPS;
    }

    public boolean isAdministrator() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .isUserInRole("ADMINISTRATOR");
    }

    public ReserveCalls.CallView getCall() {
        return call;
    }

    public Projects getProjects() {
        return projects;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String v) {
        this.roundName = v;
    }

    public LocalDateTime getRoundOpens() {
        return roundOpens;
    }

    public void setRoundOpens(LocalDateTime v) {
        this.roundOpens = v;
    }

    public LocalDateTime getRoundCloses() {
        return roundCloses;
    }

    public void setRoundCloses(LocalDateTime v) {
        this.roundCloses = v;
    }

    public Integer getJudgesPerProject() {
        return judgesPerProject;
    }

    public void setJudgesPerProject(Integer v) {
        this.judgesPerProject = v;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String v) {
        this.managerEmail = v;
    }
}
