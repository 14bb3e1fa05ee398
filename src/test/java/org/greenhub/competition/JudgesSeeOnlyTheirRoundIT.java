package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EligibilityService;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryExport;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.application.DocumentDownloads;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.OtherJudgeSheet;
import org.greenhub.evaluation.application.SubjectComments;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgedEntryFixtures;
import org.greenhub.testsupport.server.JudgedEntryFixtures.Scene;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 10, "judges see only what their round allows", inside the server: a judge reads an entry only through the
 * assignment's view, which is blind when the round is; judges' comments follow the round's score-visibility rule for
 * judges and applicants alike; references say nothing of database ids; the conflicts list shows no title the round
 * does not already show the judge.
 */
class JudgesSeeOnlyTheirRoundIT extends InServerTest {

    /** "E" and six characters without 0/O, 1/I/L or U (migration V432). */
    static final Pattern OPAQUE_REFERENCE = Pattern.compile("E[2-9A-HJKMNP-TV-Z]{6}");

    @Inject
    JudgedEntryFixtures scenes;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    EntryService entries;

    @Inject
    EntryAttachments attachments;

    @Inject
    EligibilityService eligibility;

    @Inject
    EntryReview review;

    @Inject
    EntryExport export;

    @Inject
    CompetitionService competitionSetup;

    @Inject
    JudgeEntryQuery judgeView;

    @Inject
    JudgeScoring scoring;

    @Inject
    DocumentDownloads documents;

    @Inject
    ConflictService conflicts;

    private static void assertNotFound(Executable call) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, call).kind());
    }

    private static List<String> labels(JudgeEntryQuery.Entry view) {
        return view.details().stream().map(SubjectDetails.Detail::label).toList();
    }

    @Test
    void an_assigned_judge_reads_the_entry_only_through_the_assignment_view_which_is_blind_when_the_round_is() {
        Scene scene = scenes.create(true);

        actingAs.user(scene.judge());
        assertNotFound(() -> entries.view(scene.entryId()));
        assertNotFound(() -> eligibility.live(scene.entryId()));
        assertNotFound(() -> attachments.list(scene.entryId()));
        assertNotFound(() -> attachments.download(scene.attachmentId()));
        assertNotFound(() -> entries.timeline(scene.entryId()));
        assertNotFound(() -> entries.requests(scene.entryId()));
        assertNotFound(() -> entries.judgeComments(scene.entryId()));

        JudgeEntryQuery.Entry view = judgeView.entry(scene.roundId(), scene.subjectId(), Language.ENGLISH);
        assertEquals(scene.reference(), view.reference());
        assertNull(view.title(), "a blind round hides the title");
        assertNull(view.organisation(), "a blind round hides the applicant");
        assertTrue(
                view.documents().stream().allMatch(d -> d.fileName() == null),
                "a blind round hides the original file names");
        assertTrue(
                view.details().stream().anyMatch(d -> d.text().equals(JudgedEntryFixtures.SUMMARY)),
                "the judge reads what they score");
        assertFalse(
                labels(view).contains("Revenue last year (yuan)"), "revenue singles out the company: " + labels(view));
        String everything = view.toString();
        for (String secret : List.of(
                scene.title(),
                scene.organisation(),
                JudgedEntryFixtures.FILE_NAME,
                JudgedEntryFixtures.REVENUE.toPlainString(),
                scene.founded().toString())) {
            assertFalse(everything.contains(secret), "the blind view must not carry " + secret + ": " + everything);
        }
        assertNull(scoring.mySheet(scene.roundId(), scene.subjectId()).title(), "nor does the judge's own sheet");
        String neutral = documents.open(view.documents().get(0).id()).fileName();
        assertTrue(neutral.startsWith(scene.reference() + "-") && !neutral.contains("Solar"), neutral);

        // the entry's own people and its edition's manager keep the full page
        actingAs.user(scene.owner());
        assertEquals(scene.entryId(), entries.view(scene.entryId()).getId());
        assertEquals(
                JudgedEntryFixtures.FILE_NAME,
                attachments.download(scene.attachmentId()).fileName());
        actingAs.user(scene.manager());
        assertEquals(scene.entryId(), entries.view(scene.entryId()).getId());
        assertFalse(eligibility.live(scene.entryId()).isEmpty());
    }

    @Test
    void a_round_that_is_not_blind_shows_its_judges_title_and_figures_yet_still_not_the_entry_page() {
        Scene scene = scenes.create(false);

        actingAs.user(scene.judge());
        assertNotFound(() -> entries.view(scene.entryId()));
        assertNotFound(() -> attachments.download(scene.attachmentId()));
        JudgeEntryQuery.Entry view = judgeView.entry(scene.roundId(), scene.subjectId(), Language.ENGLISH);
        assertEquals(scene.title(), view.title());
        assertEquals(scene.organisation(), view.organisation());
        assertTrue(
                view.details().stream()
                        .anyMatch(d -> d.label().equals("Revenue last year (yuan)")
                                && d.text().equals(JudgedEntryFixtures.REVENUE.toPlainString())),
                view.details().toString());
        assertNotFound(() -> judgeView.entry(scene.roundId(), scene.otherSubjectId(), Language.ENGLISH));
    }

    @Test
    void released_comments_follow_the_rounds_score_visibility_for_judges_and_applicants() {
        Scene scene = scenes.create(false);
        competitions.submittedSheetWithComment(
                scene.roundId(), scene.subjectId(), scene.secondJudge(), "Cold chain is proven; pricing is thin");
        actingAs.user(scene.manager());
        competitionSetup.releaseComments(scene.competitionId(), true);

        // the round is open (visibility: after the round closes)
        actingAs.user(scene.owner());
        assertTrue(entries.judgeComments(scene.entryId()).isEmpty(), "released, but the round is still open");
        actingAs.user(scene.judge());
        assertNotFound(() -> entries.judgeComments(scene.entryId()));
        assertNotFound(() -> scoring.otherJudgesScores(scene.roundId(), scene.subjectId()));

        competitions.closeWindowAndAdvanceBest(scene.roundId(), 1);
        actingAs.user(scene.owner());
        List<SubjectComments.Comment> comments = entries.judgeComments(scene.entryId());
        assertEquals(1, comments.size());
        assertEquals("Cold chain is proven; pricing is thin", comments.get(0).overall());
        assertEquals(1, comments.get(0).judgeNumber());
        actingAs.user(scene.judge());
        List<OtherJudgeSheet> others = scoring.otherJudgesScores(scene.roundId(), scene.subjectId());
        assertEquals(
                "Cold chain is proven; pricing is thin",
                others.get(0).overallComment(),
                "judges read comments under the same rule");

        judging.visibility(scene.roundId(), ScoreVisibility.NEVER);
        actingAs.user(scene.owner());
        assertTrue(
                entries.judgeComments(scene.entryId()).isEmpty(),
                "a round whose rule is 'never' keeps its comments, released or not");
        actingAs.user(scene.judge());
        assertNotFound(() -> scoring.otherJudgesScores(scene.roundId(), scene.subjectId()));
    }

    @Test
    void references_say_nothing_of_database_ids_and_are_shown_wherever_the_entry_is_named() {
        Scene scene = scenes.create(false);
        assertTrue(OPAQUE_REFERENCE.matcher(scene.reference()).matches(), scene.reference());
        assertNotEquals(String.format("E%05d", scene.entryId()), scene.reference());

        actingAs.user(scene.manager());
        String other = review.entry(scene.otherEntryId()).reference();
        assertNotEquals(scene.reference(), other);
        assertTrue(OPAQUE_REFERENCE.matcher(other).matches(), other);
        assertEquals(
                List.of(scene.reference()),
                review
                        .page(
                                scene.competitionId(),
                                new EntryReview.Filter(null, null, null, scene.title()),
                                0,
                                10,
                                "reference",
                                true)
                        .stream()
                        .map(EntryReview.Row::reference)
                        .toList(),
                "the manager's list");
        String csv = new String(
                export.export(scene.competitionId(), ExportFile.Format.CSV, Language.ENGLISH)
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(scene.reference()) && csv.contains(other), "the export: " + csv);
        actingAs.user(scene.judge());
        assertEquals(
                scene.reference(),
                judgeView
                        .entry(scene.roundId(), scene.subjectId(), Language.ENGLISH)
                        .reference(),
                "the judge's view");

        // an entry created by an applicant gets a code too
        long founder = people.person("New founder", Language.ENGLISH, Role.APPLICANT);
        long organisation = competitions.startUp("New team", TestTime.today().minusMonths(2), "heat pumps", founder);
        actingAs.user(founder);
        String created = entries.create(
                        scene.competitionId(),
                        organisation,
                        "Heat pumps",
                        CompetitionGroup.START_UP,
                        CompetitionFixtures.TRACK)
                .reference();
        assertTrue(OPAQUE_REFERENCE.matcher(created).matches(), created);
    }

    @Test
    void the_conflicts_list_shows_no_title_the_round_does_not_already_show_the_judge() {
        Scene open = scenes.create(false);
        actingAs.user(open.judge());
        List<ConflictService.DeclarableEntry> listed = conflicts.entriesOnMyPanels().stream()
                .filter(e -> e.subjectId() == open.subjectId() || e.subjectId() == open.otherSubjectId())
                .toList();
        assertEquals(2, listed.size(), "both entries of the judge's panel can be declared on: " + listed);
        assertEquals(
                open.title(),
                listed.stream()
                        .filter(e -> e.subjectId() == open.subjectId())
                        .findFirst()
                        .orElseThrow()
                        .title(),
                "the assigned entry of a round that is not blind");
        assertNull(
                listed.stream()
                        .filter(e -> e.subjectId() == open.otherSubjectId())
                        .findFirst()
                        .orElseThrow()
                        .title(),
                "an entry assigned to someone else");
        assertFalse(listed.toString().contains(open.otherTitle()));

        Scene blind = scenes.create(true);
        actingAs.user(blind.judge());
        assertTrue(
                conflicts.entriesOnMyPanels().stream()
                        .filter(e -> e.subjectId() == blind.subjectId() || e.subjectId() == blind.otherSubjectId())
                        .allMatch(e -> e.title() == null),
                "a blind round shows no title at all");
    }
}
