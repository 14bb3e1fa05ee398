package org.greenhub.incubation.web;

import org.greenhub.platform.web.PageRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.application.IntakeDecisions;
import org.greenhub.incubation.application.IntakeScreening;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private long version;
    private long incubatorId;
    private String incubatorName;
    private boolean published;
    private LocalisedInput title = new LocalisedInput();
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

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
            applications = new DatabasePage<>() {
                @Override
                protected List<IntakeDecisions.Row> page(int first, int size, String sortField, boolean ascending) {
                    return decisions.applications(id, first, size, sortField, ascending);
                }

                @Override
                protected long total() {
                    return decisions.countApplications(id);
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
        IntakeCall call = calls.requireManaged(id);
        version = call.getVersion();
        incubatorId = call.getIncubator().getId();
        incubatorName = call.getIncubator().name(Language.of(localeSelector.getLocale()));
        published = call.isPublished();
        title = LocalisedInput.of(call.getTitles());
        description = LocalisedInput.of(call.getDescriptions());
        opensAt = IntakePages.toLocal(call.getOpensAt());
        closesAt = IntakePages.toLocal(call.getClosesAt());
        capacity = call.getCapacity();
        maxAge = call.getMaxCompanyAgeMonths();
        offerDays = call.getOfferDays();
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
            calls.change(id, new IntakeCall.Terms(title, description, IntakePages.toInstant(opensAt), IntakePages.toInstant(closesAt),
                    capacity, maxAge, offerDays), version);
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
            EvaluationRound round = screening.setUpRound(id, roundName);
            messages.info("incubation.ui.screening.created", round.getName());
            messages.keepForRedirect();
            return "/evaluation/manage/round?faces-redirect=true&id=" + round.getId();
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
        return messages.text("incubation.ui.standing", java.math.BigDecimal.valueOf(standing.score()).setScale(2, java.math.RoundingMode.HALF_UP),
                standing.rank(), standing.judges());
    }

    public long count(ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public String moment(java.time.Instant instant) {
        return IntakePages.moment(instant);
    }

    public List<ApplicationStatus> getStatuses() { return List.of(ApplicationStatus.values()); }
    public String getZoneName() { return IntakePages.ZONE.getId(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getIncubatorId() { return incubatorId; }
    public String getIncubatorName() { return incubatorName; }
    public boolean isPublished() { return published; }
    public LocalisedInput getCallTitle() { return title; }
    public LocalisedInput getCallDescription() { return description; }
    public LocalDateTime getCallOpensAt() { return opensAt; }
    public void setCallOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getCallClosesAt() { return closesAt; }
    public void setCallClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getCallCapacity() { return capacity; }
    public void setCallCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getCallMaxAge() { return maxAge; }
    public void setCallMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public Integer getCallOfferDays() { return offerDays; }
    public void setCallOfferDays(Integer offerDays) { this.offerDays = offerDays; }
    public List<IntakeScreening.RoundLine> getRounds() { return rounds; }
    public List<org.greenhub.incubation.application.AwardWinnerInvitations.CompetitionChoice> getCompetitions() { return competitions; }
    public Long getCompetitionId() { return competitionId; }
    public void setCompetitionId(Long competitionId) { this.competitionId = competitionId; }
    public String getRoundName() { return roundName; }
    public void setRoundName(String roundName) { this.roundName = roundName; }
    public DatabasePage<IntakeDecisions.Row> getApplications() { return applications; }
}
