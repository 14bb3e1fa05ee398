package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.platform.i18n.Language;

/**
 * A judge's queue: their published assignments in open rounds, with the state of their own sheet, read in a fixed
 * number of SQL statements whatever the number of rows (one projection, the three conflict look-ups and one for the
 * waivers, plus one per programme for its zone), never an entity loaded row by row. Conflicted entries are listed
 * only by reference with the state {@link SheetState#CONFLICT} (so the judge's count adds up and they see why an entry
 * cannot be opened); they are never openable, exactly as {@link JudgeAccess} decides.
 */
@ApplicationScoped
public class JudgeQueueQuery {

    /** Where the judge stands with one entry. */
    public enum SheetState {
        NOT_STARTED,
        DRAFT,
        SUBMITTED,
        CONFLICT;

        /** A conflicted entry is CONFLICT whatever its sheet; otherwise the sheet's status (none: not started). */
        public static SheetState of(boolean conflicted, ScoreSheet.Status status) {
            if (conflicted) {
                return CONFLICT;
            }
            return status == null ? NOT_STARTED : status == ScoreSheet.Status.SUBMITTED ? SUBMITTED : DRAFT;
        }

        public String messageKey() {
            return "evaluation.judging.state." + name();
        }
    }

    /**
     * One line of the queue: plain values. {@code title} is null in a blind round and for a conflicted entry, so the
     * applicant's identity never reaches the page or its view state; {@code zone} is the round's (its programme's),
     * {@code trackGroup} the track and group named in the judge's language.
     */
    public record QueueRow(
            long roundId,
            String roundName,
            boolean blind,
            Instant closesAt,
            String zone,
            boolean closed,
            long subjectId,
            String reference,
            String title,
            String trackGroup,
            SheetState state)
            implements Serializable {

        /** Whether the judge can still do something with it: open, not submitted, not conflicted. */
        public boolean toDo() {
            return !closed && state != SheetState.SUBMITTED && state != SheetState.CONFLICT;
        }
    }

    /**
     * The judge's standing in one round, as the queue counts it: entries they can score or have scored (every
     * assignment but the conflicted ones) and those submitted.
     */
    public record Progress(long submitted, long scorable) implements Serializable {

        /** Whole per cent, for a progress bar. */
        public int percent() {
            return scorable == 0 ? 0 : (int) (submitted * 100 / scorable);
        }
    }

    @Inject
    JudgeQueueQueries queries;

    @Inject
    JudgeConflictMarks conflictMarks;

    @Inject
    Clock clock;

    @Inject
    ProgrammeDetails programmes;

    @Inject
    CurrentUser currentUser;

    /** The queue with tracks and groups named in English. */
    @Transactional
    public List<QueueRow> queue(long judgeId) {
        return queue(judgeId, Language.ENGLISH);
    }

    /** The signed-in judge's own queue (401 when nobody is signed in), so pages never handle the account itself. */
    @Transactional
    public List<QueueRow> myQueue(Language language) {
        return queue(currentUser.require().getId(), language);
    }

    @Transactional
    public List<QueueRow> queue(long judgeId, Language language) {
        List<JudgeQueueQueries.Line> rows = queries.publishedInOpenRounds(judgeId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Conflicts.Subject> subjects = new LinkedHashMap<>();
        Set<Long> rounds = new HashSet<>();
        for (JudgeQueueQueries.Line row : rows) {
            subjects.put(row.subjectId(), new Conflicts.Subject(row.subjectId(), row.organisationId()));
            rounds.add(row.roundId());
        }
        JudgeConflictMarks.Marks marks = conflictMarks.of(judgeId, subjects.values(), rounds);
        Instant now = Instant.now(clock);
        Map<String, String> zones = new HashMap<>();
        List<QueueRow> queue = new ArrayList<>(rows.size());
        for (JudgeQueueQueries.Line row : rows) {
            long roundId = row.roundId();
            long subjectId = row.subjectId();
            String programmeKey = row.programmeKey();
            boolean conflicted = marks.conflicted(roundId, subjectId);
            boolean blind = row.blind();
            Instant closesAt = row.closesAt();
            ScoreSheet.Status status = row.status();
            SheetState state = SheetState.of(conflicted, status);
            String zone = zones.computeIfAbsent(
                    programmeKey, key -> programmes.of(key).zone(key));
            queue.add(new QueueRow(
                    roundId,
                    row.roundName(),
                    blind,
                    closesAt,
                    zone,
                    !now.isBefore(closesAt),
                    subjectId,
                    row.reference(),
                    blind || conflicted ? null : row.title(),
                    programmes.trackAndGroup(programmeKey, row.track(), row.groupName(), language),
                    state));
        }
        return queue;
    }

    /**
     * The score form's "3 of 12 submitted" for one round: the queue's figures for that round, from the round's rows
     * alone and without naming anything (issue 17: reading and naming the whole queue for two numbers was a fifth of the
     * form's CPU). The same conflict rules as {@link #queue}.
     */
    @Transactional
    public Progress progress(long judgeId, long roundId) {
        List<JudgeQueueQueries.Standing> rows = queries.standingInOpenRound(judgeId, roundId);
        if (rows.isEmpty()) {
            return new Progress(0, 0);
        }
        List<Conflicts.Subject> subjects = rows.stream()
                .map(row -> new Conflicts.Subject(row.subjectId(), row.organisationId()))
                .toList();
        JudgeConflictMarks.Marks marks = conflictMarks.of(judgeId, subjects, Set.of(roundId));
        long scorable = 0;
        long submitted = 0;
        for (JudgeQueueQueries.Standing row : rows) {
            if (!marks.conflicted(roundId, row.subjectId())) {
                scorable++;
                if (row.status() == ScoreSheet.Status.SUBMITTED) {
                    submitted++;
                }
            }
        }
        return new Progress(submitted, scorable);
    }

    /** The signed-in judge's {@link #progress} in a round (401 when nobody is signed in). */
    @Transactional
    public Progress myProgress(long roundId) {
        return progress(currentUser.require().getId(), roundId);
    }
}
