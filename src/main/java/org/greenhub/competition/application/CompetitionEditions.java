package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.LocalisedText;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;

/**
 * Creating and changing an edition through the API, by the set-up page's own use case ({@link CompetitionService}):
 * the same managers may, the same rules refuse. The API speaks in JSON paths, so a refused field is named as the caller
 * wrote it ({@code settings.texts.en.name}); and a change is checked against the caller's {@code If-Match} in the
 * transaction that stores it, so no other change slips in between.
 */
@ApplicationScoped
public class CompetitionEditions {

    /** A name and description in one language. */
    public record EditionText(String name, String description) {}

    /** The edition's name and description per interface language; English is required. */
    public record EditionTexts(EditionText en, EditionText zh, EditionText th, EditionText vi) {}

    /** The series name's translations (its English name is fixed when the series' first edition is created). */
    public record SeriesTranslations(String zh, String th, String vi) {}

    /**
     * What a manager may change on an edition, as the set-up page edits it. The window's times are wall-clock times
     * in {@code timeZone} ({@code 2027-03-01T09:00}). A field left out is cleared (or set to its default: a notice
     * period of {@value Competition#DEFAULT_NOTICE_DAYS} days).
     */
    public record EditionSettings(
            SeriesTranslations seriesName,
            EditionTexts texts,
            LocalDate startupFoundedOnOrAfter,
            String submissionOpensAt,
            String submissionClosesAt,
            String timeZone,
            BigDecimal revenueCapYuan,
            Integer maxAwardsPerOrganisation,
            Integer noticePeriodDays,
            List<String> tracks,
            List<AttachmentKind> requiredAttachments) {}

    /** A new edition: which series (key and English name), its edition label, its organiser and its settings. */
    public record NewEdition(
            String seriesKey, String seriesName, String edition, Long organiserId, EditionSettings settings) {}

    /** The domain's names for refused fields, as the API's JSON paths (relative to the settings object). */
    private static final Map<String, String> FIELD_PATHS = Map.ofEntries(
            Map.entry("name", "texts.en.name"),
            Map.entry("description", "texts.en.description"),
            Map.entry("revenueCap", "revenueCapYuan"),
            Map.entry("maxAwards", "maxAwardsPerOrganisation"),
            Map.entry("noticePeriodDays", "noticePeriodDays"),
            Map.entry("tracks", "tracks"),
            Map.entry("timeZone", "timeZone"),
            Map.entry("submissionOpensAt", "submissionOpensAt"),
            Map.entry("submissionClosesAt", "submissionClosesAt"),
            Map.entry("startupFoundedOnOrAfter", "startupFoundedOnOrAfter"));

    /** Fields of a new edition outside its settings, by the domain's names. */
    private static final Map<String, String> NEW_EDITION_PATHS = Map.of(
            "seriesKey", "seriesKey", "seriesName", "seriesName", "edition", "edition", "organiser", "organiserId");

    @Inject
    CompetitionService service;

    @Inject
    CompetitionAccess access;

    @Inject
    CompetitionRepository competitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    CompetitionRounds rounds;

    /** The status changes the managers' page offers (the rest follow from the awards: notice period, final). */
    public enum ManagerMove {
        PUBLISHED,
        JUDGING,
        CANCELLED
    }

    /** A new judging round as the edition page adds it: window times are wall-clock times in the edition's zone. */
    public record NewRound(String name, String opensAt, String closesAt, Integer judgesPerEntry) {}

    /** The domain's names for a new round's refused fields, as the API's JSON names. */
    private static final Map<String, String> ROUND_PATHS =
            Map.of("roundOpens", "opensAt", "roundCloses", "closesAt", "name", "name", "roundName", "name");

    /** The settings of an edition its caller manages, in the shape a change sends them back. */
    public static EditionSettings settingsOf(Competition c) {
        ZoneId zone = c.zone();
        return new EditionSettings(
                new SeriesTranslations(
                        c.getSeriesNames().exact(Language.CHINESE),
                        c.getSeriesNames().exact(Language.THAI),
                        c.getSeriesNames().exact(Language.VIETNAMESE)),
                new EditionTexts(
                        text(c, Language.ENGLISH),
                        text(c, Language.CHINESE),
                        text(c, Language.THAI),
                        text(c, Language.VIETNAMESE)),
                c.getStartupFoundedOnOrAfter(),
                LocalDateTime.ofInstant(c.getSubmissionOpensAt(), zone).toString(),
                LocalDateTime.ofInstant(c.getSubmissionClosesAt(), zone).toString(),
                c.getTimeZone(),
                c.getRevenueCapYuan(),
                c.getMaxAwardsPerOrganisation(),
                c.getNoticePeriodDays(),
                c.getTracks().stream().sorted().toList(),
                c.getRequiredAttachments().stream().sorted().toList());
    }

    private static EditionText text(Competition c, Language language) {
        return c.exactText(language)
                .map(t -> new EditionText(t.getName(), t.getDescription()))
                .orElse(null);
    }

    /** Creates the edition as the set-up page does (programme managers and administrators); returns its id. */
    @Transactional
    public long create(NewEdition edition) {
        currentUser.require(); // who may not create is told so before what is wrong with the edition
        if (edition.organiserId() == null) {
            throw DomainException.invalid("organiserId", "platform.validation.required");
        }
        if (edition.settings() == null) {
            throw DomainException.invalid("settings", "platform.validation.required");
        }
        LocalisedInput seriesName = translations(edition.settings().seriesName());
        seriesName.setEn(edition.seriesName());
        try {
            return service.create(settings(
                            edition.seriesKey(),
                            seriesName,
                            edition.edition(),
                            edition.organiserId(),
                            edition.settings()))
                    .getId();
        } catch (DomainException refused) {
            if (refused.field() != null && NEW_EDITION_PATHS.containsKey(refused.field())) {
                throw new DomainException(
                        refused.kind(), refused.messageKey(), NEW_EDITION_PATHS.get(refused.field()), refused.args());
            }
            throw renamed(refused, "settings.");
        }
    }

    /**
     * Replaces the settings of an edition the caller manages, if {@code seen} (the caller's {@code If-Match}) names
     * its current version (428 without, 412 when stale); others are told "not found" before anything else.
     */
    @Transactional
    public void update(long competitionId, IfMatch seen, EditionSettings settings) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(VersionTag.of(competitionId, competition.getVersion()));
        if (settings == null) {
            throw DomainException.invalid("texts", "platform.validation.required");
        }
        try {
            service.update(
                    competitionId,
                    settings(
                            competition.getSeriesKey(),
                            translations(settings.seriesName()),
                            competition.getEdition(),
                            competition.getOrganiser().getId(),
                            settings),
                    competition.getVersion());
        } catch (DomainException refused) {
            throw renamed(refused, "");
        }
        // written now, so that the version a caller reads next is the one its ETag will carry
        competitions.flush();
    }

    /**
     * Moves an edition the caller manages on, by the page's use case (same rule, same audit), if {@code seen} (the
     * caller's {@code If-Match}) names its current version (428 without, 412 when stale); a move not allowed now is a
     * conflict with the page's message.
     */
    @Transactional
    public void moveTo(long competitionId, IfMatch seen, String status) {
        Competition competition = access.managedCompetition(competitionId);
        seen.require(VersionTag.of(competitionId, competition.getVersion()));
        ManagerMove move = move(status);
        service.moveTo(competitionId, CompetitionStatus.valueOf(move.name()), competition.getVersion());
        // written now, so that the version a caller reads next is the one its ETag will carry
        competitions.flush();
    }

    private static ManagerMove move(String status) {
        if (status == null || status.isBlank()) {
            throw DomainException.invalid("status", "platform.validation.required");
        }
        String wanted = status.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(ManagerMove.values())
                .filter(m -> m.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "status",
                        "competition.api.statusMove",
                        String.valueOf(status),
                        Arrays.stream(ManagerMove.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /**
     * Adds a judging round to an edition the caller manages, as the edition page does (the default rubric and rules,
     * changed afterwards on the round's own pages); returns the engine's round id, its address under {@code
     * /api/rounds}.
     */
    @Transactional
    public long addRound(long competitionId, NewRound round) {
        Competition competition = access.managedCompetition(competitionId);
        if (round == null) {
            throw DomainException.invalid("name", "platform.validation.required");
        }
        if (round.name() == null || round.name().isBlank()) {
            throw DomainException.invalid("name", "platform.validation.required");
        }
        if (round.judgesPerEntry() != null && round.judgesPerEntry() < 1) {
            throw DomainException.invalid("judgesPerEntry", "competition.api.judgesPerEntry");
        }
        ZoneId zone = competition.zone();
        LocalDateTime opens = wallClock("opensAt", round.opensAt());
        LocalDateTime closes = wallClock("closesAt", round.closesAt());
        try {
            return rounds.addRound(
                            competitionId,
                            round.name().strip(),
                            opens == null ? null : opens.atZone(zone).toInstant(),
                            closes == null ? null : closes.atZone(zone).toInstant(),
                            round.judgesPerEntry() == null ? 3 : round.judgesPerEntry())
                    .getEvaluationRoundId();
        } catch (DomainException refused) {
            String path = refused.field() == null ? null : ROUND_PATHS.get(refused.field());
            if (path == null) {
                throw refused;
            }
            throw new DomainException(refused.kind(), refused.messageKey(), path, refused.args());
        }
    }

    private static LocalisedInput translations(SeriesTranslations translations) {
        LocalisedInput input = new LocalisedInput();
        if (translations != null) {
            input.setZh(translations.zh());
            input.setTh(translations.th());
            input.setVi(translations.vi());
        }
        return input;
    }

    private static CompetitionService.Settings settings(
            String seriesKey, LocalisedInput seriesName, String edition, long organiserId, EditionSettings s) {
        Map<Language, LocalisedText> texts = new EnumMap<>(Language.class);
        EditionTexts given = s.texts() == null ? new EditionTexts(null, null, null, null) : s.texts();
        put(texts, Language.ENGLISH, given.en());
        put(texts, Language.CHINESE, given.zh());
        put(texts, Language.THAI, given.th());
        put(texts, Language.VIETNAMESE, given.vi());
        return new CompetitionService.Settings(
                seriesKey,
                seriesName,
                edition,
                organiserId,
                texts,
                s.startupFoundedOnOrAfter(),
                wallClock("submissionOpensAt", s.submissionOpensAt()),
                wallClock("submissionClosesAt", s.submissionClosesAt()),
                s.timeZone(),
                s.revenueCapYuan(),
                s.maxAwardsPerOrganisation(),
                s.noticePeriodDays() == null ? Competition.DEFAULT_NOTICE_DAYS : s.noticePeriodDays(),
                focusAreas(s.tracks()),
                s.requiredAttachments() == null ? List.of() : s.requiredAttachments());
    }

    private static void put(Map<Language, LocalisedText> texts, Language language, EditionText text) {
        if (text != null && text.name() != null && !text.name().isBlank()) {
            texts.put(language, new LocalisedText(text.name(), text.description()));
        }
    }

    /** The set-up page offers only the green focus areas as tracks; the API takes nothing else either. */
    private static List<String> focusAreas(List<String> tracks) {
        if (tracks == null) {
            return null;
        }
        for (String track : tracks) {
            boolean known = track != null
                    && Arrays.stream(GreenFocusArea.values())
                            .anyMatch(a -> a.name().equals(track));
            if (!known) {
                throw DomainException.invalid(
                        "tracks",
                        "competition.api.trackUnknown",
                        String.valueOf(track),
                        Arrays.stream(GreenFocusArea.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return tracks;
    }

    private static LocalDateTime wallClock(String field, String value) {
        if (value == null || value.isBlank()) {
            return null; // the service names the missing field
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException notADateTime) {
            throw DomainException.invalid(field, "competition.api.wallClock");
        }
    }

    /** The same refusal, its field named by its JSON path under {@code prefix}. */
    private static DomainException renamed(DomainException refused, String prefix) {
        String path = refused.field() == null ? null : FIELD_PATHS.get(refused.field());
        if (path == null) {
            return refused;
        }
        return new DomainException(refused.kind(), refused.messageKey(), prefix + path, refused.args());
    }
}
