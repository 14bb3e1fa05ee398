package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.competition.application.CompetitionAccess;
import org.greenhub.competition.application.CompetitionEditions;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * Competitions as the API's catalogue offers them: the list the public pages show (published editions and later,
 * never drafts or cancelled ones), filtered and paged in the database, and one edition's public facts, which its
 * managers read also before it is published, with the settings they change and the version they change. The same
 * rules as {@link PublicResults} and the set-up page: a draft is "not found" for all but its managers.
 */
@ApplicationScoped
public class CompetitionCatalogue {

    /** The statuses the public list shows (the public pages' {@link PublicResultQueries#visibleCompetitions()}). */
    public static final Set<CompetitionStatus> LISTED = EnumSet.of(
            CompetitionStatus.PUBLISHED, CompetitionStatus.JUDGING, CompetitionStatus.NOTICE, CompetitionStatus.FINAL);

    /** The list's filters; null: any. {@code text}: words of a name in any language, the series or the edition. */
    public record Filter(CompetitionStatus status, Integer year, String text) {}

    /** A submission window: its instants, its time zone and the same moments as wall-clock times with offset there. */
    public record SubmissionWindow(
            Instant opensAt, Instant closesAt, String timeZone, String opensAtLocal, String closesAtLocal) {
        static SubmissionWindow of(Competition c) {
            return new SubmissionWindow(
                    c.getSubmissionOpensAt(),
                    c.getSubmissionClosesAt(),
                    c.getTimeZone(),
                    ZonedDateTime.ofInstant(c.getSubmissionOpensAt(), c.zone())
                            .toOffsetDateTime()
                            .toString(),
                    ZonedDateTime.ofInstant(c.getSubmissionClosesAt(), c.zone())
                            .toOffsetDateTime()
                            .toString());
        }
    }

    /** One line of the list, names in the reader's language. */
    public record ListedCompetition(
            long id,
            String name,
            String series,
            String edition,
            CompetitionStatus status,
            String statusText,
            SubmissionWindow submission,
            boolean openForEntries,
            boolean resultsPublic) {}

    public record Page(List<ListedCompetition> items, long total) {}

    /** A code with its name in the reader's language (a track, a group). */
    public record TrackName(String code, String name) {}

    /** A group of the edition and who belongs to it. */
    public record GroupRule(CompetitionGroup code, String name, String rule) {}

    /** An award level of the edition: in a group, for one track (null: the whole group), how many. */
    public record AwardTierView(CompetitionGroup group, String track, AwardTierCode tier, String name, int count) {}

    /** Where the edition's public results are read, once published. */
    public record ResultLinks(
            long resultId,
            Instant publishedAt,
            Instant noticeEndsAt,
            String page,
            String transparencyPack,
            String awards) {}

    /** What only the edition's managers read: the settings a change sends back, its managers, comments released. */
    public record EditionManagement(
            String seriesKey,
            long organiserId,
            CompetitionEditions.EditionSettings settings,
            List<String> managers,
            boolean commentsReleased) {}

    /** One edition's public facts, and for its managers {@code manage}; {@code version} is what its ETag names. */
    public record CompetitionDetail(
            long id,
            String name,
            String description,
            String series,
            String edition,
            String organiser,
            CompetitionStatus status,
            String statusText,
            SubmissionWindow submission,
            boolean openForEntries,
            LocalDate startupFoundedOnOrAfter,
            List<GroupRule> groups,
            List<TrackName> tracks,
            List<AwardTierView> awardTiers,
            int noticePeriodDays,
            List<AttachmentKind> requiredAttachments,
            ResultLinks results,
            EditionManagement manage) {}

    /** The detail and the tag of the version it shows, when the caller manages the edition (null otherwise). */
    public record TaggedDetail(CompetitionDetail detail, String etag) {}

    @Inject
    CatalogueQueries queries;

    @Inject
    PublicResultQueries results;

    @Inject
    AwardRepository awards;

    @Inject
    CompetitionRepository competitions;

    @Inject
    CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** One page of the public list, newest opening first: a count and one limited query, whatever the filter. */
    @Transactional
    public Page list(Filter filter, Language language, int first, int size) {
        CatalogueQueries.ListFilter where =
                new CatalogueQueries.ListFilter(LISTED, filter.status(), filter.year(), words(filter.text()));
        long total = queries.countListed(where);
        List<Long> ids = total == 0 ? List.of() : queries.listedIds(where, first, size);
        if (ids.isEmpty()) {
            return new Page(List.of(), total);
        }
        Map<Long, Competition> byId =
                queries.withTexts(ids).stream().collect(Collectors.toMap(Competition::getId, Function.identity()));
        Set<Long> withResults = results.withPublicResults(ids);
        Instant now = Instant.now(clock);
        Locale locale = language.locale();
        List<ListedCompetition> items = ids.stream()
                .map(byId::get)
                .map(c -> new ListedCompetition(
                        c.getId(),
                        c.text(language).getName(),
                        c.getSeriesNames().text(language),
                        c.getEdition(),
                        c.getStatus(),
                        messages.get(
                                locale,
                                "publication.competitionStatus." + c.getStatus().name()),
                        SubmissionWindow.of(c),
                        c.acceptsSubmissionsAt(now),
                        withResults.contains(c.getId())))
                .toList();
        return new Page(items, total);
    }

    /** Up to eight words of a search, lower case as the query compares them. */
    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(8)
                .toList();
    }

    /**
     * An edition's facts: anyone reads a published (or later) one, its managers also a draft or a cancelled one;
     * others are told "not found", as on the applicants' page ({@code CompetitionService.publicView}): a draft may be
     * cancelled without ever being published. Managers get its settings and its tag.
     */
    @Transactional
    public TaggedDetail detail(long competitionId, Language language) {
        Competition c = competitions.find(competitionId).orElse(null);
        boolean manages = c != null
                && currentUser.account().map(user -> access.manages(user, c)).orElse(false);
        boolean hidden =
                c != null && (c.getStatus() == CompetitionStatus.DRAFT || c.getStatus() == CompetitionStatus.CANCELLED);
        if (c == null || (hidden && !manages)) {
            throw DomainException.notFound();
        }
        Locale locale = language.locale();
        ResultLinks links = awards.publicResultId(competitionId)
                .flatMap(awards::findResult)
                .map(this::links)
                .orElse(null);
        CompetitionDetail detail = new CompetitionDetail(
                c.getId(),
                c.text(language).getName(),
                c.text(language).getDescription(),
                c.getSeriesNames().text(language),
                c.getEdition(),
                c.getOrganiser().getLegalName(),
                c.getStatus(),
                messages.get(
                        locale, "publication.competitionStatus." + c.getStatus().name()),
                SubmissionWindow.of(c),
                c.acceptsSubmissionsAt(Instant.now(clock)),
                c.getStartupFoundedOnOrAfter(),
                List.of(
                        new GroupRule(
                                CompetitionGroup.START_UP,
                                messages.get(locale, CompetitionGroup.START_UP.messageKey()),
                                messages.get(locale, "competition.api.group.startUp", c.getStartupFoundedOnOrAfter())),
                        new GroupRule(
                                CompetitionGroup.GROWTH,
                                messages.get(locale, CompetitionGroup.GROWTH.messageKey()),
                                messages.get(locale, "competition.api.group.growth", c.getStartupFoundedOnOrAfter()))),
                c.getTracks().stream()
                        .sorted()
                        .map(t -> new TrackName(t, trackName(locale, t)))
                        .toList(),
                c.getAwardTiers().stream()
                        .map(t -> new AwardTierView(
                                t.getGroup(),
                                t.getTrack(),
                                t.getTier(),
                                messages.get(
                                        locale,
                                        "competition.tier." + t.getTier().name()),
                                t.getCount()))
                        .toList(),
                c.getNoticePeriodDays(),
                c.getRequiredAttachments().stream().sorted().toList(),
                links,
                manages
                        ? new EditionManagement(
                                c.getSeriesKey(),
                                c.getOrganiser().getId(),
                                CompetitionEditions.settingsOf(c),
                                c.getManagers().stream()
                                        .map(m -> m.getEmail())
                                        .sorted()
                                        .toList(),
                                c.isCommentsReleased())
                        : null);
        return new TaggedDetail(detail, manages ? VersionTag.of(c.getId(), c.getVersion()) : null);
    }

    private String trackName(Locale locale, String track) {
        String key = "green.focus." + track;
        return messages.has(key) ? messages.get(locale, key) : track;
    }

    private ResultLinks links(AwardResult result) {
        long id = result.getCompetitionId();
        return new ResultLinks(
                result.getId(),
                result.getPublishedAt(),
                result.getNoticeEndsAt(),
                config.publicAddress().url("/public/results.xhtml?competition=" + id),
                config.publicAddress().url("/api/publication/competitions/" + id + "/transparency"),
                config.publicAddress().url("/api/competitions/" + id + "/awards"));
    }
}
