package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTier;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.competition.domain.LocalisedText;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * Setting up competition editions. Programme managers and administrators create editions; afterwards only the
 * edition's own managers (and administrators) change it. Every change is audited; edits carry the version the
 * manager saw, so two managers cannot overwrite each other. Every change gives the edition a new version, a change of
 * its award tiers too.
 */
@ApplicationScoped
public class CompetitionService {

    /** What a new edition's set-up form starts with. */
    public static final int DEFAULT_MAX_AWARDS = Competition.DEFAULT_MAX_AWARDS;

    public static final int DEFAULT_NOTICE_DAYS = Competition.DEFAULT_NOTICE_DAYS;

    /** What the set-up form edits. Window times are wall-clock times in {@code timeZone}. */
    public record Settings(
            String seriesKey,
            LocalisedInput seriesName,
            String edition,
            long organiserId,
            Map<Language, LocalisedText> texts,
            LocalDate startupFoundedOnOrAfter,
            LocalDateTime opensAt,
            LocalDateTime closesAt,
            String timeZone,
            BigDecimal revenueCapYuan,
            Integer maxAwardsPerOrganisation,
            int noticePeriodDays,
            Collection<String> tracks,
            Collection<AttachmentKind> requiredAttachments)
            implements Serializable {}

    /** One line of a list of editions. */
    public record Summary(
            long id,
            LocalisedName seriesName,
            String edition,
            String name,
            CompetitionStatus status,
            Instant opensAt,
            Instant closesAt,
            String timeZone,
            long entries)
            implements Serializable {}

    /**
     * An edition as its pages show it: name and description in the reader's language, the texts written for each
     * language (for the set-up form), and whether it takes entries at this moment.
     */
    public record Edition(
            long id,
            long version,
            String name,
            String description,
            Map<Language, LocalisedText> texts,
            String seriesKey,
            LocalisedName seriesNames,
            String edition,
            long organiserId,
            String organiser,
            CompetitionStatus status,
            Instant opensAt,
            Instant closesAt,
            String timeZone,
            LocalDate startupFoundedOnOrAfter,
            BigDecimal revenueCapYuan,
            Integer maxAwardsPerOrganisation,
            int noticePeriodDays,
            boolean commentsReleased,
            boolean acceptsSubmissions,
            List<String> tracks,
            List<AttachmentKind> requiredAttachments)
            implements Serializable {}

    /** An edition with what only its managers read: its award tiers and its managers. */
    public record Managed(Edition edition, List<TierLine> tiers, List<ManagerLine> managers) implements Serializable {}

    public record TierLine(long id, CompetitionGroup group, String track, AwardTierCode tier, int count)
            implements Serializable {}

    public record ManagerLine(long id, String name, String email) implements Serializable {}

    @Inject
    CompetitionRepository competitions;

    @Inject
    EntryRepository entryStore;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CompetitionAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UserAccountRepository accounts;

    @Inject
    org.greenhub.organisation.application.OrganisationService directory;

    @Transactional
    public Competition create(Settings settings) {
        UserAccount user = requireManagerRole();
        Organisation organiser = organiser(settings.organiserId());
        Instant[] window = window(settings);
        Competition competition = new Competition(
                settings.seriesKey(),
                settings.seriesName() == null ? null : settings.seriesName().getEn(),
                settings.edition(),
                organiser,
                settings.startupFoundedOnOrAfter(),
                window[0],
                window[1],
                settings.timeZone(),
                Instant.now(clock));
        apply(competition, settings);
        if (user.hasRole(Role.PROGRAMME_MANAGER)) {
            competition.addManager(user);
        }
        if (competitions.editionTaken(competition.getSeriesKey(), competition.getEdition())) {
            throw DomainException.conflict("edition", "competition.edition.taken");
        }
        competitions.add(competition);
        audit.record("COMPETITION_CREATED", "Competition", competition.getId(), null, competition.snapshot(), null);
        return competition;
    }

    @Transactional
    public Competition update(long competitionId, Settings settings, long expectedVersion) {
        Competition competition = editable(competitionId, expectedVersion);
        Map<String, Object> before = competition.snapshot();
        Instant[] window = window(settings);
        competition.window(window[0], window[1], settings.timeZone());
        competition.groups(settings.startupFoundedOnOrAfter());
        apply(competition, settings);
        audit.record("COMPETITION_UPDATED", "Competition", competitionId, before, competition.snapshot(), null);
        return competition;
    }

    private void apply(Competition competition, Settings settings) {
        competition.translateSeries(settings.seriesName());
        if (settings.texts() == null || settings.texts().get(Language.ENGLISH) == null) {
            throw DomainException.invalid("name", "competition.name.englishRequired");
        }
        for (Language language : Language.values()) {
            LocalisedText text = settings.texts().get(language);
            competition.describe(
                    language, text == null ? null : text.getName(), text == null ? null : text.getDescription());
        }
        competition.rules(settings.revenueCapYuan(), settings.maxAwardsPerOrganisation(), settings.noticePeriodDays());
        competition.tracks(settings.tracks());
        competition.requiredAttachments(settings.requiredAttachments());
    }

    private static Instant[] window(Settings settings) {
        if (settings.opensAt() == null) {
            throw DomainException.invalid("submissionOpensAt", "platform.validation.required");
        }
        if (settings.closesAt() == null) {
            throw DomainException.invalid("submissionClosesAt", "platform.validation.required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(
                    settings.timeZone() == null ? "" : settings.timeZone().strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid("timeZone", "competition.window.zoneInvalid");
        }
        return new Instant[] {
            settings.opensAt().atZone(zone).toInstant(),
            settings.closesAt().atZone(zone).toInstant()
        };
    }

    private Organisation organiser(long organisationId) {
        Organisation organiser = organisations.find(organisationId).orElse(null);
        if (organiser == null) {
            throw DomainException.invalid("organiser", "competition.organiser.unknown");
        }
        return organiser;
    }

    @Transactional
    public Competition moveTo(long competitionId, CompetitionStatus next, long expectedVersion) {
        Competition competition = editable(competitionId, expectedVersion);
        CompetitionStatus before = competition.getStatus();
        competition.moveTo(next);
        audit.record(
                "COMPETITION_STATUS_CHANGED",
                "Competition",
                competitionId,
                Map.of("status", before),
                Map.of("status", next),
                null);
        return competition;
    }

    @Transactional
    public Competition releaseComments(long competitionId, boolean released) {
        Competition competition = access.managedCompetition(competitionId);
        competition.releaseComments(released);
        audit.record(
                "COMPETITION_COMMENTS_RELEASED",
                "Competition",
                competitionId,
                null,
                Map.of("released", released),
                null);
        return competition;
    }

    @Transactional
    public AwardTier addAwardTier(
            long competitionId, CompetitionGroup group, String track, AwardTierCode tier, int count) {
        Competition competition = access.managedCompetition(competitionId);
        AwardTier added = competition.addAwardTier(group, track == null || track.isBlank() ? null : track, tier, count);
        competitions.countAsChanged(competition);
        audit.record(
                "COMPETITION_TIER_ADDED",
                "Competition",
                competitionId,
                null,
                Map.of("group", group, "track", String.valueOf(added.getTrack()), "tier", tier, "count", count),
                null);
        return added;
    }

    @Transactional
    public void removeAwardTier(long competitionId, long tierId) {
        Competition competition = access.managedCompetition(competitionId);
        AwardTier tier = competition.getAwardTiers().stream()
                .filter(t -> t.getId() == tierId)
                .findFirst()
                .orElseThrow(DomainException::notFound);
        competition.removeAwardTier(tierId);
        competitions.countAsChanged(competition);
        audit.record(
                "COMPETITION_TIER_REMOVED",
                "Competition",
                competitionId,
                Map.of(
                        "group",
                        tier.getGroup(),
                        "track",
                        String.valueOf(tier.getTrack()),
                        "tier",
                        tier.getTier(),
                        "count",
                        tier.getCount()),
                null,
                null);
    }

    /** Adds a programme manager (by e-mail) to the edition's managers. */
    @Transactional
    public UserAccount addManager(long competitionId, String email) {
        Competition competition = access.managedCompetition(competitionId);
        UserAccount manager = accounts.findByEmail(email == null ? "" : email.strip())
                .filter(u -> u.hasRole(Role.PROGRAMME_MANAGER))
                .orElseThrow(() -> DomainException.invalid("managerEmail", "competition.managers.notAManager"));
        if (!competition.addManager(manager)) {
            throw DomainException.conflict("managerEmail", "competition.managers.already");
        }
        audit.record(
                "COMPETITION_MANAGER_ADDED",
                "Competition",
                competitionId,
                null,
                Map.of("manager", manager.getEmail()),
                null);
        return manager;
    }

    @Transactional
    public void removeManager(long competitionId, long userId) {
        Competition competition = access.managedCompetition(competitionId);
        UserAccount manager = competition.getManagers().stream()
                .filter(m -> m.getId() == userId)
                .findFirst()
                .orElseThrow(DomainException::notFound);
        competition.removeManager(manager);
        audit.record(
                "COMPETITION_MANAGER_REMOVED",
                "Competition",
                competitionId,
                Map.of("manager", manager.getEmail()),
                null,
                null);
    }

    /** The edition with its managers, texts, tracks, rounds and tiers loaded, for its managers. */
    @Transactional
    public Competition manage(long competitionId) {
        Competition competition = access.managedCompetition(competitionId);
        competition.getManagers().size();
        competition.getRounds().size();
        competition.getAwardTiers().size();
        competition.getOrganiser().getLegalName();
        return competition;
    }

    /** {@link #create} for the set-up form, which needs only the new edition's id to go to it. */
    @Transactional
    public long createEdition(Settings settings) {
        return create(settings).getId();
    }

    /** Up to ten organisations, by legal name, whose names contain every typed word: candidate organisers. */
    @Transactional
    public List<org.greenhub.evaluation.application.Choice> organisersNamed(String text) {
        return directory.page(new OrganisationRepository.OrganisationQuery(text, null, null, true), 0, 10).stream()
                .map(o -> new org.greenhub.evaluation.application.Choice(o.getId(), o.getLegalName()))
                .toList();
    }

    /** {@link #manage} as the managers' pages show it, texts in {@code language}. */
    @Transactional
    public Managed managedEdition(long competitionId, Language language) {
        Competition c = manage(competitionId);
        return new Managed(
                edition(c, language),
                c.getAwardTiers().stream()
                        .map(t -> new TierLine(t.getId(), t.getGroup(), t.getTrack(), t.getTier(), t.getCount()))
                        .toList(),
                c.getManagers().stream()
                        .map(m -> new ManagerLine(m.getId(), m.getDisplayName(), m.getEmail()))
                        .toList());
    }

    /** {@link #publicView} as applicants' pages show it, texts in {@code language}. */
    @Transactional
    public Edition publishedEdition(long competitionId, Language language) {
        return edition(publicView(competitionId), language);
    }

    private Edition edition(Competition c, Language language) {
        Map<Language, LocalisedText> texts = new java.util.EnumMap<>(Language.class);
        for (Language l : Language.all()) {
            c.exactText(l).ifPresent(t -> texts.put(l, t));
        }
        return new Edition(
                c.getId(),
                c.getVersion(),
                c.text(language).getName(),
                c.text(language).getDescription(),
                texts,
                c.getSeriesKey(),
                c.getSeriesNames(),
                c.getEdition(),
                c.getOrganiser().getId(),
                c.getOrganiser().getLegalName(),
                c.getStatus(),
                c.getSubmissionOpensAt(),
                c.getSubmissionClosesAt(),
                c.getTimeZone(),
                c.getStartupFoundedOnOrAfter(),
                c.getRevenueCapYuan(),
                c.getMaxAwardsPerOrganisation(),
                c.getNoticePeriodDays(),
                c.isCommentsReleased(),
                c.acceptsSubmissionsAt(Instant.now(clock)),
                List.copyOf(c.getTracks()),
                List.copyOf(c.getRequiredAttachments()));
    }

    /** Editions the current user manages (all for administrators), newest first. */
    @Transactional
    public List<Summary> managed(Language language) {
        UserAccount user = requireManagerRole();
        List<Competition> list = CompetitionAccess.isAdministrator(user)
                ? competitions.newest(500)
                : competitions.newestManagedBy(user.getId(), 500);
        return summaries(list, language);
    }

    /** Editions applicants can see: published or later, not cancelled; newest first. */
    @Transactional
    public List<Summary> published(Language language) {
        currentUser.require();
        List<Competition> list = competitions.withStatuses(
                Set.of(
                        CompetitionStatus.PUBLISHED,
                        CompetitionStatus.JUDGING,
                        CompetitionStatus.NOTICE,
                        CompetitionStatus.FINAL),
                200);
        return summaries(list, language);
    }

    /** A published edition as applicants see it (drafts and cancelled editions: not found). */
    @Transactional
    public Competition publicView(long competitionId) {
        UserAccount user = currentUser.require();
        Competition competition = competitions.find(competitionId).orElse(null);
        if (competition == null
                || ((competition.getStatus() == CompetitionStatus.DRAFT
                                || competition.getStatus() == CompetitionStatus.CANCELLED)
                        && !access.manages(user, competition))) {
            throw DomainException.notFound();
        }
        competition.getOrganiser().getLegalName();
        return competition;
    }

    private List<Summary> summaries(List<Competition> list, Language language) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> entries = entryStore.countsByCompetition(
                list.stream().map(Competition::getId).toList(),
                Set.of(
                        org.greenhub.competition.domain.EntryStatus.DRAFT,
                        org.greenhub.competition.domain.EntryStatus.WITHDRAWN));
        return list.stream()
                .map(c -> new Summary(
                        c.getId(),
                        c.getSeriesNames(),
                        c.getEdition(),
                        c.text(language).getName(),
                        c.getStatus(),
                        c.getSubmissionOpensAt(),
                        c.getSubmissionClosesAt(),
                        c.getTimeZone(),
                        entries.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    private Competition editable(long competitionId, long expectedVersion) {
        Competition competition = access.managedCompetition(competitionId);
        if (competition.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        return competition;
    }

    private UserAccount requireManagerRole() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.PROGRAMME_MANAGER) && !user.hasRole(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
