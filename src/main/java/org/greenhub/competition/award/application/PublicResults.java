package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * What the public may read about competitions without signing in: open editions, an edition's page, its published
 * (provisional or final) awards one page at a time, the public record of changes, and award verification. Nothing
 * unpublished is ever returned: an unpublished result answers "not found", like an unknown id.
 */
@ApplicationScoped
public class PublicResults {

    /** Where a public result stands; FINAL is computed, so every node agrees the moment it becomes true. */
    public enum Phase {
        PROVISIONAL,
        FINAL;

        public String messageKey() {
            return "publication.phase." + name();
        }
    }

    public record CompetitionSummary(
            long id,
            String name,
            String edition,
            CompetitionStatus status,
            Instant opensAt,
            Instant closesAt,
            boolean resultsPublic,
            boolean openForEntries,
            String timeZone)
            implements Serializable {}

    public record CompetitionPage(
            long id,
            String name,
            String description,
            String edition,
            String organiser,
            CompetitionStatus status,
            Instant opensAt,
            Instant closesAt,
            String timeZone,
            List<String> tracks,
            int noticePeriodDays,
            Long resultId,
            boolean openForEntries,
            List<org.greenhub.competition.domain.AttachmentKind> requiredAttachments)
            implements Serializable {}

    public record ResultView(
            long resultId,
            long competitionId,
            String competitionName,
            Phase phase,
            Instant publishedAt,
            Instant noticeEndsAt,
            Instant finalisedAt,
            long evaluationRoundId,
            String resultsSha256,
            long openObjections,
            boolean objectionsOpen,
            String zone)
            implements Serializable {
        public boolean isFinal() {
            return phase == Phase.FINAL;
        }
    }

    public record AwardRow(
            long id,
            CompetitionGroup group,
            String track,
            AwardTierCode tier,
            int rank,
            BigDecimal score,
            String awardee,
            String title,
            AwardStatus status,
            String verificationCode)
            implements Serializable {
        public boolean stands() {
            return status.stands();
        }
    }

    public record ChangeRow(
            long id,
            Instant at,
            AwardChangeKind kind,
            AwardTierCode fromTier,
            AwardTierCode toTier,
            String awardee,
            String title,
            String reason,
            long competitionId)
            implements Serializable {}

    public record Filter(CompetitionGroup group, String track) implements Serializable {
        public static Filter none() {
            return new Filter(null, null);
        }
    }

    @Inject
    PublicResultQueries queries;

    @Inject
    AwardRepository awards;

    @Inject
    CompetitionRepository competitions;

    @Inject
    Clock clock;

    /** Editions open for entries now, and editions whose results are public; newest first. */
    @Transactional
    public List<CompetitionSummary> competitions(Language language) {
        Instant now = Instant.now(clock);
        List<Competition> found = queries.visibleCompetitions();
        // texts are fetched with the editions (one statement); at most the 200 newest are listed
        found = found.size() > 200 ? found.subList(0, 200) : found;
        // only the listed editions' results, in a set: one statement, no scan of a list per row
        java.util.Set<Long> withResults = found.isEmpty()
                ? java.util.Set.of()
                : queries.withPublicResults(
                        found.stream().map(Competition::getId).toList());
        return found.stream()
                .map(c -> new CompetitionSummary(
                        c.getId(),
                        c.text(language).getName(),
                        c.getEdition(),
                        c.getStatus(),
                        c.getSubmissionOpensAt(),
                        c.getSubmissionClosesAt(),
                        withResults.contains(c.getId()),
                        c.acceptsSubmissionsAt(now),
                        c.getTimeZone()))
                .toList();
    }

    @Transactional
    public CompetitionPage competition(long competitionId, Language language) {
        Competition c = competitions.find(competitionId).orElse(null);
        if (c == null || c.getStatus() == CompetitionStatus.DRAFT) {
            throw DomainException.notFound();
        }
        Long resultId = publicResultId(competitionId).orElse(null);
        return new CompetitionPage(
                c.getId(),
                c.text(language).getName(),
                c.text(language).getDescription(),
                c.getEdition(),
                c.getOrganiser().getLegalName(),
                c.getStatus(),
                c.getSubmissionOpensAt(),
                c.getSubmissionClosesAt(),
                c.getTimeZone(),
                c.getTracks().stream().sorted().toList(),
                c.getNoticePeriodDays(),
                resultId,
                c.acceptsSubmissionsAt(Instant.now(clock)),
                c.getRequiredAttachments().stream().sorted().toList());
    }

    @Transactional
    public ResultView result(long competitionId, Language language) {
        AwardResult result = publicResult(competitionId);
        Competition c = competitions.find(competitionId).orElseThrow();
        return view(result, c.text(language).getName());
    }

    public ResultView view(AwardResult result, String competitionName) {
        Competition competition = competitions.find(result.getCompetitionId()).orElseThrow();
        Instant now = Instant.now(clock);
        long open = awards.openObjections(result.getId());
        Phase phase = result.isFinalAt(now, open) ? Phase.FINAL : Phase.PROVISIONAL;
        return new ResultView(
                result.getId(),
                result.getCompetitionId(),
                competitionName,
                phase,
                result.getPublishedAt(),
                result.getNoticeEndsAt(),
                result.getFinalisedAt(),
                result.getEvaluationRoundId(),
                result.getResultsSha256(),
                open,
                result.isNoticeRunningAt(now),
                competition.getTimeZone());
    }

    /**
     * The page of a result's awards, as plain SQL so that the service and the benchmark (PublicResultsBenchmark) run the
     * same statement; the conditions for a group and a track are added only when filtered. Served by the index
     * {@code award_list_idx (result_id, group_code, track, tier_order, ranking_rank, id)}.
     */
    public static String pageSql(Filter filter) {
        return "select a.id, a.group_code, a.track, a.tier, a.ranking_rank, a.score, a.awardee_name, a.entry_title, a.status, "
                + "a.verification_code from award a where a.result_id = ?" + conditions(filter)
                + " order by a.group_code, a.track, a.tier_order, a.ranking_rank, a.id limit ? offset ?";
    }

    public static String countSql(Filter filter) {
        return "select count(*) from award a where a.result_id = ?" + conditions(filter);
    }

    private static String conditions(Filter filter) {
        return (filter.group() == null ? "" : " and a.group_code = ?")
                + (filter.track() == null ? "" : " and a.track = ?");
    }

    /** One page of a public result's awards, ordered by group, track, tier and rank; paged in the database. */
    @Transactional
    public List<AwardRow> awards(long resultId, Filter filter, int first, int size) {
        requirePublic(resultId);
        return queries.awards(resultId, filter, first, size);
    }

    @Transactional
    public long countAwards(long resultId, Filter filter) {
        requirePublic(resultId);
        return queries.countAwards(resultId, filter);
    }

    /** Groups and tracks that have awards, for the page's filters. */
    @Transactional
    public List<String> tracks(long resultId) {
        requirePublic(resultId);
        return queries.tracks(resultId);
    }

    /** The public record of changes to awards (revised, revoked), newest first. */
    @Transactional
    public List<ChangeRow> changes(long resultId) {
        requirePublic(resultId);
        return queries.changes(resultId);
    }

    /** Recent changes of every public result, for the feed. */
    @Transactional
    public List<ChangeRow> recentChanges(int max) {
        return queries.recentChanges(max, Instant.now(clock));
    }

    /** Recently published or finalised results, for the feed. */
    @Transactional
    public List<ResultView> recentResults(int max, Language language) {
        List<AwardResult> results = queries.recentResults(max);
        return results.stream()
                .map(r -> view(
                        r,
                        competitions
                                .find(r.getCompetitionId())
                                .orElseThrow()
                                .text(language)
                                .getName()))
                .toList();
    }

    public record VerifiedAward(AwardRow award, ResultView result, String competitionName) implements Serializable {}

    /** The award behind a certificate's verification code, if its result is public. */
    @Transactional
    public Optional<VerifiedAward> verify(String code, Language language) {
        // Codes are letters, digits and a hyphen: anything else (a NUL above all) is no code, and is not looked up.
        if (code == null
                || code.isBlank()
                || code.length() > 20
                || !code.strip().chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
            return Optional.empty();
        }
        Optional<long[]> found = awards.byVerificationCode(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AwardResult result = awards.findResult(found.get()[1]).orElseThrow();
        if (!result.isPublic()) {
            return Optional.empty();
        }
        Competition c = competitions.find(result.getCompetitionId()).orElseThrow();
        String name = c.text(language).getName();
        AwardRow row = queries.award(found.get()[0]);
        return Optional.of(new VerifiedAward(row, view(result, name), name));
    }

    /** The public result of an edition, or not found. */
    public AwardResult publicResult(long competitionId) {
        return awards.resultOf(competitionId).filter(AwardResult::isPublic).orElseThrow(DomainException::notFound);
    }

    Optional<Long> publicResultId(long competitionId) {
        return awards.publicResultId(competitionId);
    }

    private void requirePublic(long resultId) {
        AwardResult result = awards.findResult(resultId).orElse(null);
        if (result == null || !result.isPublic()) {
            throw DomainException.notFound();
        }
    }
}
