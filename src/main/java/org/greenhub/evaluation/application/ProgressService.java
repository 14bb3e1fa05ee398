package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * How far a round's judging has come, for programme managers: per judge, per entry and per panel, each read with one
 * aggregate query whatever the size of the round; and reminders to the judges who are late.
 * <p>
 * A judge is late when some assigned sheet is not submitted and the round closes within {@link #LATE_WINDOW} or is
 * already over.
 */
@ApplicationScoped
public class ProgressService {

    public static final Duration LATE_WINDOW = Duration.ofHours(24);
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter CLOSING = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public record JudgeProgress(
            long judgeId,
            String name,
            String email,
            String language,
            int assigned,
            int drafts,
            int submitted,
            boolean late)
            implements Serializable {
        public int missing() {
            return assigned - submitted;
        }
    }

    public record EntryProgress(
            long subjectId, String reference, String title, int assigned, int submitted, int expected)
            implements Serializable {
        public boolean complete() {
            return submitted >= expected;
        }
    }

    public record PanelProgress(long panelId, String name, int judges, int assigned, int submitted)
            implements Serializable {}

    public record SubmittedSheet(
            long sheetId, String reference, String title, String judgeName, String judgeEmail, Instant submittedAt)
            implements Serializable {
        /** As the page shows it, in UTC. */
        public String submittedAtText() {
            return submittedAt == null ? "" : MINUTE.format(submittedAt);
        }
    }

    public record RoundProgress(
            long roundId,
            String roundName,
            Instant closesAt,
            boolean over,
            boolean closingSoon,
            List<JudgeProgress> judges,
            List<EntryProgress> entries,
            List<PanelProgress> panels,
            List<SubmittedSheet> submittedSheets)
            implements Serializable {
        public RoundProgress {
            judges = List.copyOf(judges);
            entries = List.copyOf(entries);
            panels = List.copyOf(panels);
            submittedSheets = List.copyOf(submittedSheets);
        }

        /** As the page shows it, in UTC. */
        public String closesAtText() {
            return MINUTE.format(closesAt);
        }

        public long lateJudges() {
            return judges.stream().filter(JudgeProgress::late).count();
        }

        public int assigned() {
            return judges.stream().mapToInt(JudgeProgress::assigned).sum();
        }

        public int submitted() {
            return judges.stream().mapToInt(JudgeProgress::submitted).sum();
        }
    }

    @Schema(description = "A judge's progress in the round: sheets assigned, saved as drafts, submitted and missing.")
    public record JudgeProgressLine(
            long judgeId,
            String name,
            String email,
            int assigned,
            int drafts,
            int submitted,
            int missing,

            @Schema(
                    description =
                            "The round's entries the judge declared a conflict of interest with (on the entry or its organisation).")
            int conflictsDeclared,

            @Schema(description = "Sheets still missing and the round closes within 24 hours or is over.")
            boolean late) {}

    @Schema(description = "An entry's progress: sheets assigned, submitted, missing, and the judges per entry planned.")
    public record EntryProgressLine(
            long subjectId,
            String reference,
            String title,
            int assigned,
            int submitted,
            int missing,
            int expected,

            @Schema(description = "As many submitted sheets as the round plans judges per entry.")
            boolean complete) {}

    /** One page of lines and how many there are in all. */
    public record ProgressPage<T>(List<T> lines, long total) {}

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ProgressQueries queries;

    @Inject
    RoundRepository rounds;

    /** The round's progress: five SQL statements whatever the number of judges, entries and panels. */
    @Transactional
    public RoundProgress progress(long roundId) {
        managerAccess.requireRound(roundId);
        return progressOf(round(roundId), Instant.now(clock));
    }

    /** One page of the round's judges by name, counted in the database (the API's progress by judge). */
    @Transactional
    public ProgressPage<JudgeProgressLine> judgePage(long roundId, int offset, int size) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        long total = queries.countJudges(roundId);
        if (total == 0) {
            return new ProgressPage<>(List.of(), 0);
        }
        boolean window = lateWindow(round, Instant.now(clock));
        List<JudgeProgressLine> lines = queries.judgesPage(roundId, offset, size).stream()
                .map(r -> {
                    int assigned = (int) number(r[3]);
                    int submitted = (int) number(r[5]);
                    return new JudgeProgressLine(
                            number(r[0]),
                            (String) r[1],
                            (String) r[2],
                            assigned,
                            (int) number(r[4]),
                            submitted,
                            assigned - submitted,
                            (int) number(r[6]),
                            window && submitted < assigned);
                })
                .toList();
        return new ProgressPage<>(lines, total);
    }

    /** One page of the round's entries by reference, counted in the database (the API's progress by entry). */
    @Transactional
    public ProgressPage<EntryProgressLine> entryPage(long roundId, int offset, int size) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        long total = queries.countEntries(roundId);
        if (total == 0) {
            return new ProgressPage<>(List.of(), 0);
        }
        int expected = round.getJudgesPerEntry();
        List<EntryProgressLine> lines = queries.entriesPage(roundId, offset, size).stream()
                .map(r -> {
                    int assigned = (int) number(r[3]);
                    int submitted = (int) number(r[4]);
                    return new EntryProgressLine(
                            number(r[0]),
                            (String) r[1],
                            (String) r[2],
                            assigned,
                            submitted,
                            Math.max(0, assigned - submitted),
                            expected,
                            submitted >= expected);
                })
                .toList();
        return new ProgressPage<>(lines, total);
    }

    /**
     * Mails every late judge a reminder in the judge's language, and records it in the audit trail.
     *
     * @return how many judges were reminded
     */
    @Transactional
    public int remindLateJudges(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        Instant now = Instant.now(clock);
        // Judges are reminded only of what they can see and still submit: published assignments in a round taking
        // scores.
        if (!lateWindow(round, now) || !round.isAssignmentsPublished() || !round.acceptsScoresAt(now)) {
            return 0;
        }
        String link = config.baseUrl() + Role.JUDGE.dashboard().substring(1);
        List<JudgeProgress> late =
                judges(round, now).stream().filter(JudgeProgress::late).toList();
        for (JudgeProgress judge : late) {
            Locale locale =
                    Language.fromTag(judge.language()).orElse(Language.ENGLISH).locale();
            mailer.queue(
                    judge.email(),
                    messages.get(locale, "evaluation.resultsui.reminder.subject", round.getName()),
                    messages.get(
                            locale,
                            "evaluation.resultsui.reminder.body",
                            judge.name(),
                            round.getName(),
                            judge.missing(),
                            CLOSING.format(round.getClosesAt()),
                            link));
        }
        if (!late.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("reminded", late.size());
            after.put(
                    "judges",
                    String.join(", ", late.stream().map(JudgeProgress::email).toList()));
            audit.record("LATE_JUDGES_REMINDED", "EvaluationRound", roundId, null, after, null);
        }
        return late.size();
    }

    /** Entry titles of a round by reference, for the results page (one statement). */
    @Transactional
    public Map<String, String> entryTitles(long roundId) {
        managerAccess.requireRound(roundId);
        round(roundId);
        Map<String, String> titles = new HashMap<>();
        for (Object[] row : queries.titles(roundId)) {
            titles.put((String) row[0], (String) row[1]);
        }
        return titles;
    }

    private RoundProgress progressOf(EvaluationRound round, Instant now) {
        long roundId = round.getId();
        List<EntryProgress> entries = queries.entries(roundId).stream()
                .map(r -> new EntryProgress(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (int) number(r[3]),
                        (int) number(r[4]),
                        round.getJudgesPerEntry()))
                .toList();
        List<PanelProgress> panels = queries.panels(roundId).stream()
                .map(r -> new PanelProgress(
                        number(r[0]), (String) r[1], (int) number(r[2]), (int) number(r[3]), (int) number(r[4])))
                .toList();
        List<SubmittedSheet> sheets = queries.submittedSheets(roundId).stream()
                .map(r -> new SubmittedSheet(
                        number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5])))
                .toList();
        return new RoundProgress(
                roundId,
                round.getName(),
                round.getClosesAt(),
                round.isOverAt(now),
                lateWindow(round, now),
                judges(round, now),
                entries,
                panels,
                sheets);
    }

    private List<JudgeProgress> judges(EvaluationRound round, Instant now) {
        boolean window = lateWindow(round, now);
        return queries.judges(round.getId()).stream()
                .map(r -> {
                    int assigned = (int) number(r[4]);
                    int submitted = (int) number(r[6]);
                    return new JudgeProgress(
                            number(r[0]),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            assigned,
                            (int) number(r[5]),
                            submitted,
                            window && submitted < assigned);
                })
                .toList();
    }

    /** Late judges exist only when the round closes within the window or is over. */
    static boolean lateWindow(EvaluationRound round, Instant now) {
        return round.isOverAt(now) || !now.plus(LATE_WINDOW).isBefore(round.getClosesAt());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }
}
