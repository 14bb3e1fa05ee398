package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.competition.application.CompetitionRounds;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.LocalisedNames;

/**
 * An edition's page for its managers: where it stands and what comes next (publish, judging, cancel), its award
 * tiers, its managers, its rounds (created here, set up on the evaluation pages), advancement between rounds, and
 * the release of judges' comments to applicants.
 */
@Named("competitionPage")
@ViewScoped
public class CompetitionPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompetitionService competitions;

    @Inject
    CompetitionRounds rounds;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    @Inject
    LocalisedNames localised;

    private Long id;
    private long version;
    private String name;
    private String description;
    private String series;
    private String organiser;
    private String window;
    private String zone;
    private String startupDate;
    private String rulesText;
    private CompetitionStatus status;
    private boolean commentsReleased;
    private List<String> tracks = List.of();
    private List<CompetitionService.TierLine> tiers = List.of();
    private List<CompetitionService.ManagerLine> managers = List.of();
    private List<CompetitionRounds.RoundLine> roundLines = List.of();

    private CompetitionGroup tierGroup = CompetitionGroup.START_UP;
    private String tierTrack;
    private AwardTierCode tierCode = AwardTierCode.FIRST;
    private Integer tierCount = 1;
    private String managerEmail;
    private String roundName;
    private LocalDateTime roundOpens;
    private LocalDateTime roundCloses;
    private Integer judgesPerEntry = 3;

    public void load() {
        CompetitionPages.loadOr404(id, this::refresh);
    }

    private void refresh() {
        Language language = CompetitionPages.language(locale);
        CompetitionService.Managed managed = competitions.managedEdition(id, language);
        CompetitionService.Edition c = managed.edition();
        version = c.version();
        name = c.name();
        description = c.description();
        series = localised.marked(c.seriesNames()) + " · " + c.edition();
        organiser = c.organiser();
        zone = c.timeZone();
        window = CompetitionPages.time(c.opensAt(), zone) + " – " + CompetitionPages.time(c.closesAt(), zone);
        startupDate = c.startupFoundedOnOrAfter().toString();
        rulesText = messages.text(
                "competition.page.rulesText",
                c.revenueCapYuan() == null
                        ? "—"
                        : org.greenhub.platform.text.Figures.amount(c.revenueCapYuan(), locale.getLocale()),
                c.maxAwardsPerOrganisation() == null ? "—" : c.maxAwardsPerOrganisation(),
                c.noticePeriodDays());
        status = c.status();
        commentsReleased = c.commentsReleased();
        tracks = new ArrayList<>(CompetitionPages.tracks(c.tracks()));
        tiers = managed.tiers();
        managers = managed.managers();
        roundLines = rounds.rounds(id);
        if (roundOpens == null) {
            LocalDateTime closes = LocalDateTime.ofInstant(c.closesAt(), ZoneId.of(zone));
            roundOpens = closes.plusDays(1).withHour(9).withMinute(0).withSecond(0);
            roundCloses = roundOpens.plusDays(14).withHour(23).withMinute(59);
        }
    }

    public void moveTo(String next) {
        try {
            competitions.moveTo(id, CompetitionStatus.valueOf(next), version);
            refresh();
            messages.info("competition.page.statusChanged", messages.text(status.messageKey()));
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), statusArgs(refusal));
        }
    }

    private Object[] statusArgs(DomainException refusal) {
        if ("competition.status.notAllowed".equals(refusal.messageKey())) {
            return new Object[] {
                messages.text("competition.status." + refusal.args()[0]),
                messages.text("competition.status." + refusal.args()[1])
            };
        }
        return refusal.args();
    }

    public void toggleComments() {
        try {
            competitions.releaseComments(id, !commentsReleased);
            refresh();
            messages.info(commentsReleased ? "competition.page.commentsReleased" : "competition.page.commentsWithheld");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void addTier() {
        try {
            competitions.addAwardTier(id, tierGroup, tierTrack, tierCode, tierCount == null ? 0 : tierCount);
            refresh();
        } catch (DomainException refusal) {
            messages.error("tierForm", refusal);
        }
    }

    public void removeTier(long tierId) {
        try {
            competitions.removeAwardTier(id, tierId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void addManager() {
        try {
            competitions.addManager(id, managerEmail);
            managerEmail = null;
            refresh();
        } catch (DomainException refusal) {
            messages.error("managerForm", refusal);
        }
    }

    public void removeManager(long userId) {
        try {
            competitions.removeManager(id, userId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void addRound() {
        try {
            ZoneId z = ZoneId.of(zone);
            Instant opens = roundOpens == null ? null : roundOpens.atZone(z).toInstant();
            Instant closes = roundCloses == null ? null : roundCloses.atZone(z).toInstant();
            rounds.addRound(id, roundName, opens, closes, judgesPerEntry == null ? 3 : judgesPerEntry);
            roundName = null;
            refresh();
            messages.info("competition.page.roundAdded");
        } catch (DomainException refusal) {
            messages.error("roundForm", refusal);
        }
    }

    public void moveEligibleIntoFirstRound() {
        try {
            int moved = rounds.moveIntoFirstRound(id, List.of());
            refresh();
            messages.info("competition.page.moved", moved);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void advance(int position) {
        try {
            int[] result = rounds.advance(id, position);
            refresh();
            messages.info("competition.page.advanced", result[0], result[1]);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public String time(Instant instant) {
        return CompetitionPages.time(instant, zone);
    }

    public boolean isCanPublish() {
        return status == CompetitionStatus.DRAFT;
    }

    public boolean isCanJudge() {
        return status == CompetitionStatus.PUBLISHED;
    }

    public boolean isCanCancel() {
        return status != CompetitionStatus.FINAL && status != CompetitionStatus.CANCELLED;
    }

    public List<CompetitionGroup> getGroups() {
        return List.of(CompetitionGroup.values());
    }

    public List<AwardTierCode> getTierCodes() {
        return List.of(AwardTierCode.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getSeries() {
        return series;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getWindow() {
        return window;
    }

    public String getZone() {
        return zone;
    }

    public String getStartupDate() {
        return startupDate;
    }

    public String getRulesText() {
        return rulesText;
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public boolean isCommentsReleased() {
        return commentsReleased;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public List<CompetitionService.TierLine> getTiers() {
        return tiers;
    }

    public List<CompetitionService.ManagerLine> getManagers() {
        return managers;
    }

    public List<CompetitionRounds.RoundLine> getRoundLines() {
        return roundLines;
    }

    public CompetitionGroup getTierGroup() {
        return tierGroup;
    }

    public void setTierGroup(CompetitionGroup v) {
        this.tierGroup = v;
    }

    public String getTierTrack() {
        return tierTrack;
    }

    public void setTierTrack(String v) {
        this.tierTrack = v;
    }

    public AwardTierCode getTierCode() {
        return tierCode;
    }

    public void setTierCode(AwardTierCode v) {
        this.tierCode = v;
    }

    public Integer getTierCount() {
        return tierCount;
    }

    public void setTierCount(Integer v) {
        this.tierCount = v;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String v) {
        this.managerEmail = v;
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

    public Integer getJudgesPerEntry() {
        return judgesPerEntry;
    }

    public void setJudgesPerEntry(Integer v) {
        this.judgesPerEntry = v;
    }
}
