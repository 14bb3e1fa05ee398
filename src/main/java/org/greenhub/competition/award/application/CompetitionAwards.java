package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.competition.application.CompetitionAccess;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * An edition's award tiers, how many awards each holds, and the awards a page at a time. Its managers (and
 * administrators) see the result as the award pages show it, proposed and approved ones included; everyone else sees
 * only a published result, and "not found" before it is published, as on the public results page.
 */
@ApplicationScoped
public class CompetitionAwards {

    /** Awards that count in a tier: revoked ones no longer do. */
    private static final EnumSet<AwardStatus> STANDING = EnumSet.of(AwardStatus.ACTIVE, AwardStatus.REVISED);

    /** Where the edition's award result stands; {@code isFinal}: the notice period is over and no objection is open. */
    public record AwardResultState(
            long id,
            AwardResultStatus status,
            boolean isFinal,
            Instant publishedAt,
            Instant noticeEndsAt,
            long openObjections) {}

    /** A tier of the edition and how many standing awards it holds in the result. */
    public record TierAllocation(
            CompetitionGroup group, String track, AwardTierCode tier, String name, int count, long awarded) {}

    public record AwardItem(
            long id,
            CompetitionGroup group,
            String track,
            AwardTierCode tier,
            int rank,
            BigDecimal score,
            String awardee,
            String title,
            AwardStatus status,
            String verificationCode) {}

    /**
     * The edition's tiers with their allocation and one page of its awards; {@code result} is null while its managers
     * have proposed none. {@code managersView}: what the caller sees is the managers' (unpublished states included).
     * {@code etag}: the result's tag for its managers' next decision (null otherwise), read with the state shown, so
     * an {@code If-Match} built from it never passes against a state the manager did not see.
     */
    public record Awards(
            long competitionId,
            String competition,
            boolean managersView,
            AwardResultState result,
            List<TierAllocation> tiers,
            List<AwardItem> items,
            long total,
            String etag) {}

    @Inject
    CompetitionRepository competitions;

    @Inject
    AwardRepository store;

    @Inject
    AwardReads reads;

    @Inject
    PublicResultQueries publicQueries;

    @Inject
    PublicResults publicResults;

    @Inject
    CatalogueQueries catalogue;

    @Inject
    CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Transactional
    public Awards awards(long competitionId, Language language, int first, int size) {
        Competition competition = competitions.find(competitionId).orElseThrow(DomainException::notFound);
        boolean manages = currentUser
                .account()
                .map(user -> access.manages(user, competition))
                .orElse(false);
        AwardResult result =
                manages ? store.resultOf(competitionId).orElse(null) : publicResults.publicResult(competitionId);
        Map<CatalogueQueries.TierKey, Long> allocated =
                result == null ? Map.of() : catalogue.awardsPerTier(result.getId(), STANDING);
        Locale locale = language.locale();
        List<TierAllocation> tiers = competition.getAwardTiers().stream()
                .map(t -> new TierAllocation(
                        t.getGroup(),
                        t.getTrack(),
                        t.getTier(),
                        messages.get(locale, "competition.tier." + t.getTier().name()),
                        t.getCount(),
                        allocated.getOrDefault(
                                new CatalogueQueries.TierKey(t.getGroup(), t.getTrack(), t.getTier()), 0L)))
                .toList();
        if (result == null) {
            return new Awards(
                    competitionId, competition.text(language).getName(), true, null, tiers, List.of(), 0, null);
        }
        long open = store.openObjections(result.getId());
        AwardResultState state = new AwardResultState(
                result.getId(),
                result.getStatus(),
                result.isFinalAt(Instant.now(clock), open),
                result.getPublishedAt(),
                result.getNoticeEndsAt(),
                open);
        List<AwardItem> items;
        long total;
        if (manages) {
            items = reads.awards(result.getId(), first, size).stream()
                    .map(a -> new AwardItem(
                            a.id(),
                            a.group(),
                            a.track(),
                            a.tier(),
                            a.rank(),
                            a.score(),
                            a.awardee(),
                            a.title(),
                            a.status(),
                            a.verificationCode()))
                    .toList();
            total = reads.countAwards(result.getId());
        } else {
            PublicResults.Filter all = PublicResults.Filter.none();
            items = publicQueries.awards(result.getId(), all, first, size).stream()
                    .map(a -> new AwardItem(
                            a.id(),
                            a.group(),
                            a.track(),
                            a.tier(),
                            a.rank(),
                            a.score(),
                            a.awardee(),
                            a.title(),
                            a.status(),
                            a.verificationCode()))
                    .toList();
            total = publicQueries.countAwards(result.getId(), all);
        }
        String etag = manages ? VersionTag.of(result.getId(), result.getVersion()) : null;
        return new Awards(
                competitionId, competition.text(language).getName(), manages, state, tiers, items, total, etag);
    }
}
