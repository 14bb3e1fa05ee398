package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.JudgeAssignmentQueries.SheetFilter;
import org.greenhub.evaluation.application.JudgeQueueQuery.SheetState;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.evaluation.domain.conflict.ConflictDeclaration;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * A judge's work as the API offers it: their assignments a page at a time, one sheet (the scoring page's view of the
 * entry beside the judge's own scores), saving and submitting it, and their conflict declarations. A sheet is named by
 * its assignment's id, which exists before the first save. Every call goes through the page's own checks: the sheet
 * through {@link JudgeScoring} and {@link JudgeEntryQuery} ({@link JudgeAccess}: a published assignment of the
 * caller, no conflict), declarations through {@link ConflictService}; anything else is "not found".
 */
@ApplicationScoped
public class JudgeAssignments {

    @Inject
    CurrentUser currentUser;

    @Inject
    JudgeAssignmentQueries queries;

    @Inject
    JudgeScoring scoring;

    @Inject
    JudgeEntryQuery entries;

    @Inject
    ConflictService conflictService;

    @Inject
    JudgeConflictMarks conflictMarks;

    @Inject
    ProgrammeDetails programmes;

    @Inject
    Clock clock;

    @Schema(
            description =
                    "One of my assignments: an entry I am to score in an open round whose assignments are published.")
    public record AssignmentRow(
            @Schema(description = "The sheet's id, for /api/judging/sheets/{id}.")
            long sheetId,

            long roundId,
            String roundName,

            @Schema(description = "A blind round leaves out what identifies the applicant.")
            boolean blind,

            Instant closesAt,

            @Schema(description = "The round's time zone (IANA), in which its times are meant.")
            String zone,

            @Schema(description = "The round no longer accepts scores.")
            boolean closed,

            String reference,

            @Schema(description = "The entry's title; absent in a blind round and for a conflicted entry.")
            String title,

            @Schema(description = "Track and group named in the caller's language; absent for neither.")
            String trackGroup,

            @Schema(
                    description =
                            "Where I stand: NOT_STARTED, DRAFT, SUBMITTED, or CONFLICT (the sheet cannot be opened).")
            SheetState state) {}

    /** One page of assignments and how many there are in all. */
    public record AssignmentPage(List<AssignmentRow> rows, long total) {}

    @Schema(description = "A criterion of the rubric with its scale, and my value and comment (absent until scored).")
    public record CriterionScore(
            String code,
            String name,
            String guidance,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,

            @Schema(description = "A value below this needs a comment on submission; absent when never.")
            BigDecimal commentRequiredBelow,

            BigDecimal value,
            String comment) {}

    @Schema(description = "A document of the entry; in a blind round without its file name.")
    public record DocumentLink(
            long id,
            String label,
            String fileName,
            String contentType,
            long sizeBytes,

            @Schema(description = "Where the judge downloads it.")
            String href) {}

    @Schema(description = "What the round lets a judge read of the entry: the scoring page's view, nothing more.")
    public record EntrySummary(
            String reference,

            @Schema(description = "Absent in a blind round.")
            String title,

            @Schema(description = "The applicant organisation; absent in a blind round.")
            String organisation,

            String trackGroup,

            @Schema(description = "The programme's sections, labelled in the caller's language.")
            List<SubjectDetails.Detail> details,

            List<DocumentLink> documents) {}

    @Schema(description = "My score sheet for one entry, with the entry beside it.")
    public record SheetDocument(
            long id,
            long roundId,
            String roundName,
            boolean blind,
            Instant opensAt,
            Instant closesAt,

            @Schema(description = "The round's time zone (IANA).")
            String zone,

            @Schema(description = "The round accepts scores now.")
            boolean acceptsScores,

            @Schema(description = "NOT_STARTED (nothing saved yet), DRAFT or SUBMITTED.")
            SheetState status,

            Instant submittedAt,
            String overallComment,
            List<CriterionScore> criteria,
            EntrySummary entry) {}

    @Schema(
            description =
                    "A value on one criterion and the comment that explains it (required below the criterion's threshold on submission).")
    public record Score(BigDecimal value, String comment) {}

    /** A sheet and the tag of the version it shows ({@code ETag}). */
    public record TaggedSheet(SheetDocument sheet, String etag) {}

    /**
     * The tag of the sheet as stored: its id and version, 0 before the first save (a saved sheet's JPA version counts
     * from 0, so it is shifted by one to tell "nothing saved" apart).
     */
    public record SheetTag(long sheetId, Long version) {
        public String etag() {
            return VersionTag.of(sheetId, version == null ? 0 : version + 1);
        }
    }

    /** The signed-in judge's assignments in open rounds, one page, in the queue's order. */
    @Transactional
    public AssignmentPage myAssignments(Long roundId, SheetFilter state, int offset, int size, Language language) {
        long judgeId = currentUser.require(Role.JUDGE).getId();
        long total = queries.count(judgeId, roundId, state);
        List<JudgeAssignmentQueries.Line> lines =
                total == 0 ? List.of() : queries.page(judgeId, roundId, state, offset, size);
        if (lines.isEmpty()) {
            return new AssignmentPage(List.of(), total);
        }
        Map<Long, Conflicts.Subject> subjects = new LinkedHashMap<>();
        Set<Long> rounds = new HashSet<>();
        for (JudgeAssignmentQueries.Line line : lines) {
            subjects.put(line.subjectId(), new Conflicts.Subject(line.subjectId(), line.organisationId()));
            rounds.add(line.roundId());
        }
        // the queue page's own rule and reads, for this page's entries at once
        JudgeConflictMarks.Marks marks = conflictMarks.of(judgeId, subjects.values(), rounds);
        Instant now = Instant.now(clock);
        Map<String, String> zones = new HashMap<>();
        List<AssignmentRow> rows = new ArrayList<>(lines.size());
        for (JudgeAssignmentQueries.Line line : lines) {
            boolean conflicted = marks.conflicted(line.roundId(), line.subjectId());
            SheetState sheetState = SheetState.of(conflicted, line.status());
            rows.add(new AssignmentRow(
                    line.assignmentId(),
                    line.roundId(),
                    line.roundName(),
                    line.blind(),
                    line.closesAt(),
                    zones.computeIfAbsent(
                            line.programmeKey(), key -> programmes.of(key).zone(key)),
                    !now.isBefore(line.closesAt()),
                    line.reference(),
                    line.blind() || conflicted ? null : line.title(),
                    programmes.trackAndGroup(line.programmeKey(), line.track(), line.groupName(), language),
                    sheetState));
        }
        return new AssignmentPage(rows, total);
    }

    /** The sheet as the scoring page shows it, with its tag; "not found" unless the caller may score the entry. */
    @Transactional
    public TaggedSheet sheet(long sheetId, Language language) {
        long[] at = locate(sheetId);
        JudgeEntryQuery.Entry entry = entries.entry(at[0], at[1], language);
        JudgeSheet sheet = scoring.mySheet(at[0], at[1]);
        return new TaggedSheet(document(sheetId, entry, sheet), new SheetTag(sheetId, sheet.version()).etag());
    }

    /**
     * Saves a draft when {@code seen} (the caller's {@code If-Match}) names the sheet as it is now, read in this
     * transaction (428 without it, 412 when stale): the values replace the sheet's, each checked against its
     * criterion as on the page (422 naming the criterion); a sheet saved elsewhere while this one is written is
     * refused (409).
     */
    @Transactional
    public TaggedSheet saveDraft(
            long sheetId, IfMatch seen, Map<String, Score> values, String overallComment, Language language) {
        long[] at = locate(sheetId);
        JudgeSheet current = matched(sheetId, at, seen);
        scoring.saveDraft(new JudgeSheet.Shown(at[0], at[1], current.version()), sheetValues(values), overallComment);
        return sheet(sheetId, language);
    }

    /**
     * Submits the sheet as last saved (values and comments) when {@code seen} names it as it is now; refused as on
     * the page when incomplete or closed.
     */
    @Transactional
    public TaggedSheet submit(long sheetId, IfMatch seen, Language language) {
        long[] at = locate(sheetId);
        JudgeSheet current = matched(sheetId, at, seen);
        scoring.submit(
                new JudgeSheet.Shown(at[0], at[1], current.version()), current.values(), current.overallComment());
        return sheet(sheetId, language);
    }

    /** The judge's sheet as stored now, refused unless the caller's tag names it. */
    private JudgeSheet matched(long sheetId, long[] at, IfMatch seen) {
        JudgeSheet current = scoring.mySheet(at[0], at[1]);
        seen.require(new SheetTag(sheetId, current.version()).etag());
        return current;
    }

    /** The signed-in judge's conflict declarations, one page, newest first. */
    @Transactional
    public List<JudgeAssignmentQueries.Declaration> myDeclarations(int offset, int size) {
        return queries.declarations(currentUser.require(Role.JUDGE).getId(), offset, size);
    }

    @Transactional
    public long countMyDeclarations() {
        return queries.countDeclarations(currentUser.require(Role.JUDGE).getId());
    }

    /** Declares a conflict with the entry of one of the caller's published assignments; any other is "not found". */
    @Transactional
    public JudgeAssignmentQueries.Declaration declareConflict(long sheetId, ConflictType type, String reason) {
        ConflictDeclaration declared = conflictService.declareOnAssignment(sheetId, type, reason);
        return new JudgeAssignmentQueries.Declaration(
                declared.getId(),
                declared.getSubject().getReference(),
                declared.getType(),
                declared.getReason(),
                declared.getDeclaredAt());
    }

    private long[] locate(long sheetId) {
        long judgeId = currentUser.require(Role.JUDGE).getId();
        return queries.published(sheetId, judgeId).orElseThrow(DomainException::notFound);
    }

    /**
     * The body's values as the sheet takes them: a criterion left out or without a value is cleared, as on the page;
     * a comment without its value is refused rather than dropped.
     */
    private static Map<String, SheetValue> sheetValues(Map<String, Score> values) {
        Map<String, SheetValue> result = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((code, score) -> {
                if (score == null || score.value() == null) {
                    if (score != null
                            && score.comment() != null
                            && !score.comment().isBlank()) {
                        throw DomainException.invalid(code, "evaluation.scoring.commentWithoutValue", code);
                    }
                    return;
                }
                result.put(code, new SheetValue(score.value(), score.comment()));
            });
        }
        return result;
    }

    private static SheetDocument document(long sheetId, JudgeEntryQuery.Entry entry, JudgeSheet sheet) {
        List<CriterionScore> criteria = entry.criteria().stream()
                .map(c -> {
                    SheetValue mine = sheet.values().get(c.code());
                    return new CriterionScore(
                            c.code(),
                            c.name(),
                            c.guidance(),
                            c.min(),
                            c.max(),
                            c.step(),
                            c.commentRequiredBelow(),
                            mine == null ? null : mine.getValue(),
                            mine == null ? null : mine.getComment());
                })
                .toList();
        List<DocumentLink> documents = entry.documents().stream()
                .map(d -> new DocumentLink(
                        d.id(),
                        d.label(),
                        d.fileName(),
                        d.contentType(),
                        d.sizeBytes(),
                        "/api/evaluation/documents/" + d.id()))
                .toList();
        SheetState status = sheet.version() == null
                ? SheetState.NOT_STARTED
                : sheet.submitted() ? SheetState.SUBMITTED : SheetState.DRAFT;
        return new SheetDocument(
                sheetId,
                entry.roundId(),
                entry.roundName(),
                entry.blind(),
                entry.opensAt(),
                entry.closesAt(),
                entry.zone(),
                entry.acceptsScores(),
                status,
                sheet.submittedAt(),
                sheet.overallComment(),
                criteria,
                new EntrySummary(
                        entry.reference(),
                        entry.title(),
                        entry.organisation(),
                        entry.trackGroup(),
                        entry.details(),
                        documents));
    }
}
