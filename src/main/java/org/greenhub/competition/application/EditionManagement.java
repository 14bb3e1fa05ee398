package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AwardTier;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * What an edition's managers change on its page besides its settings, through the API: its award tiers, its managers
 * and the release of judges' comments to applicants. Each change is the page's own use case ({@link
 * CompetitionService}: the same people may, the same rules refuse, the same audit), and each is checked against the
 * caller's {@code If-Match} with the edition's tag in the transaction that stores it: tiers, managers and the release
 * belong to the edition, and a change to any of them gives the edition a new version (so its {@code ETag} from {@code
 * GET /api/competitions/{id}} serves them all). An edition the caller does not manage is "not found".
 */
@ApplicationScoped
public class EditionManagement {

    /** A new award tier as the edition page adds it; {@code track} left out means across the group's tracks. */
    public record NewTier(
            @Schema(required = true, example = "START_UP") CompetitionGroup group,

            @Schema(description = "One of the edition's tracks (a green focus area), or null for the whole group.")
            String track,

            @Schema(required = true, example = "FIRST") AwardTierCode tier,

            @Schema(required = true, description = "How many awards of this level, 1 to 500.", example = "1")
            Integer count) {}

    /** An award tier as the edition page lists it, names in the caller's language. */
    public record TierItem(
            long id,
            CompetitionGroup group,
            String groupName,

            @Schema(description = "The tier's track (a green focus area); absent for a tier across the group's tracks.")
            String track,

            String trackName,
            AwardTierCode tier,
            String tierName,
            int count,

            @Schema(description = "The tier's place in the edition's order, from 1 (highest first).")
            int rankOrder) {}

    /** A programme manager to add to the edition's managers, by the e-mail address of their account. */
    public record NewManager(
            @Schema(required = true, example = "li.wei@zone.example.cn")
            String email) {}

    /** One of the edition's managers. */
    public record ManagerItem(long id, String name, String email) {}

    /** Whether applicants read the judges' comments (never the judges' names) on their entries. */
    public record CommentRelease(
            @Schema(required = true, description = "True: released to applicants; false: hidden from them.")
            Boolean released) {}

    /** A page of a list and the edition's tag at the moment it was read. */
    public record Page<T>(List<T> items, long total, String etag) {}

    /** A result of a change and the edition's tag after it. */
    public record Changed<T>(T value, String etag) {}

    /** The domain's field names of a refused tier or manager, as the API's JSON names. */
    private static final Map<String, String> FIELD_PATHS =
            Map.of("managerEmail", "email", "manager", "managerId", "tier", "tier", "track", "track", "count", "count");

    @Inject
    CompetitionService service;

    @Inject
    CompetitionAccess access;

    @Inject
    CompetitionRepository competitions;

    @Inject
    Messages messages;

    /** A page of the edition's award tiers in rank order, with the edition's tag. */
    @Transactional
    public Page<TierItem> tiers(long competitionId, Language language, int offset, int size) {
        Competition competition = access.managedCompetition(competitionId);
        Locale locale = language.locale();
        List<TierItem> items = competitions.awardTiers(competitionId, offset, size).stream()
                .map(t -> tierItem(t, locale))
                .toList();
        return new Page<>(items, competitions.countAwardTiers(competitionId), tag(competition));
    }

    /** Adds an award tier as the edition page does, if {@code seen} names the edition's current version. */
    @Transactional
    public Changed<TierItem> addTier(long competitionId, IfMatch seen, NewTier tier, Language language) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(tag(competition));
        if (tier == null || tier.group() == null) {
            throw DomainException.invalid("group", "platform.validation.required");
        }
        if (tier.tier() == null) {
            throw DomainException.invalid("tier", "platform.validation.required");
        }
        if (tier.count() == null) {
            throw DomainException.invalid("count", "platform.validation.required");
        }
        AwardTier added;
        try {
            added = service.addAwardTier(competitionId, tier.group(), tier.track(), tier.tier(), tier.count());
        } catch (DomainException refused) {
            throw renamed(refused);
        }
        // written now, so that the tier has its id and the edition the version its next ETag carries
        competitions.flush();
        return new Changed<>(tierItem(added, language.locale()), tag(competition));
    }

    /** Removes one of the edition's award tiers as the edition page does (another edition's tier: not found). */
    @Transactional
    public String removeTier(long competitionId, IfMatch seen, long tierId) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(tag(competition));
        service.removeAwardTier(competitionId, tierId);
        competitions.flush();
        return tag(competition);
    }

    /** A page of the edition's managers by name, with the edition's tag. */
    @Transactional
    public Page<ManagerItem> managers(long competitionId, int offset, int size) {
        Competition competition = access.managedCompetition(competitionId);
        List<ManagerItem> items = competitions.managers(competitionId, offset, size).stream()
                .map(EditionManagement::managerItem)
                .toList();
        return new Page<>(items, competitions.countManagers(competitionId), tag(competition));
    }

    /** Adds a programme manager, by e-mail, as the edition page does, if {@code seen} names its current version. */
    @Transactional
    public Changed<ManagerItem> addManager(long competitionId, IfMatch seen, NewManager manager) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(tag(competition));
        if (manager == null || manager.email() == null || manager.email().isBlank()) {
            throw DomainException.invalid("email", "platform.validation.required");
        }
        UserAccount added;
        try {
            added = service.addManager(competitionId, manager.email());
        } catch (DomainException refused) {
            throw renamed(refused);
        }
        competitions.flush();
        return new Changed<>(managerItem(added), tag(competition));
    }

    /**
     * Removes one of the edition's managers as the edition page does (the edition keeps at least one), if {@code
     * seen} names its current version; someone who does not manage it is not found.
     */
    @Transactional
    public String removeManager(long competitionId, IfMatch seen, long userId) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(tag(competition));
        try {
            service.removeManager(competitionId, userId);
        } catch (DomainException refused) {
            throw renamed(refused);
        }
        competitions.flush();
        return tag(competition);
    }

    /** Whether the edition's judges' comments are released to applicants, with the edition's tag. */
    @Transactional
    public Changed<CommentRelease> commentRelease(long competitionId) {
        Competition competition = access.managedCompetition(competitionId);
        return new Changed<>(new CommentRelease(competition.isCommentsReleased()), tag(competition));
    }

    /**
     * Releases the judges' comments to applicants, or hides them again, as the edition page's button does, if {@code
     * seen} names the edition's current version.
     */
    @Transactional
    public Changed<CommentRelease> releaseComments(long competitionId, IfMatch seen, CommentRelease release) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(tag(competition));
        if (release == null || release.released() == null) {
            throw DomainException.invalid("released", "platform.validation.required");
        }
        service.releaseComments(competitionId, release.released());
        competitions.flush();
        return new Changed<>(new CommentRelease(competition.isCommentsReleased()), tag(competition));
    }

    private TierItem tierItem(AwardTier t, Locale locale) {
        return new TierItem(
                t.getId(),
                t.getGroup(),
                messages.get(locale, t.getGroup().messageKey()),
                t.getTrack(),
                t.getTrack() == null ? null : messages.get(locale, "green.focus." + t.getTrack()),
                t.getTier(),
                messages.get(locale, t.getTier().messageKey()),
                t.getCount(),
                t.getRankOrder());
    }

    private static ManagerItem managerItem(UserAccount manager) {
        return new ManagerItem(manager.getId(), manager.getDisplayName(), manager.getEmail());
    }

    private static String tag(Competition competition) {
        return VersionTag.of(competition.getId(), competition.getVersion());
    }

    /** The same refusal, its field named as the API's JSON names it. */
    private static DomainException renamed(DomainException refused) {
        String path = refused.field() == null ? null : FIELD_PATHS.get(refused.field());
        if (path == null || path.equals(refused.field())) {
            return refused;
        }
        return new DomainException(refused.kind(), refused.messageKey(), path, refused.args());
    }
}
