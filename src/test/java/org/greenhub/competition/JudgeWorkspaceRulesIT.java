package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.DocumentDownloads;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.JudgeSheet;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgedEntryFixtures;
import org.greenhub.testsupport.server.JudgedEntryFixtures.Scene;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 11, the judge's workspace, inside the server: a value outside the scale is refused on autosave and nothing of
 * it is stored; an attachment is shown in the page only to a judge who may score its entry now (404 for anyone else,
 * managers included, who download it instead); a blind round's workspace names neither the applicant nor its files;
 * codes and document kinds reach the judge in their language and times in the edition's zone.
 */
class JudgeWorkspaceRulesIT extends InServerTest {

    @Inject
    JudgedEntryFixtures scenes;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Inject
    JudgeEntryQuery judgeView;

    @Inject
    JudgeQueueQuery queue;

    @Inject
    JudgeScoring scoring;

    @Inject
    DocumentDownloads documents;

    private static void assertNotFound(Executable call) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, call).kind());
    }

    @Test
    void an_out_of_range_value_is_refused_on_autosave_beside_its_criterion_and_nothing_of_it_is_stored() {
        Scene scene = scenes.create(false, true);
        actingAs.user(scene.judge());
        JudgeEntryQuery.Criterion criterion = judgeView
                .entry(scene.roundId(), scene.subjectId(), Language.ENGLISH)
                .criteria()
                .get(0);
        BigDecimal tooHigh = criterion.max().add(BigDecimal.valueOf(2));

        DomainException refused = assertThrows(
                DomainException.class,
                () -> scoring.saveDraft(
                        scoring.mySheet(scene.roundId(), scene.subjectId()).shown(),
                        Map.of(criterion.code(), new SheetValue(tooHigh, null)),
                        null));
        assertEquals(DomainException.Kind.INVALID, refused.kind(), refused.messageKey());
        assertEquals(criterion.code(), refused.field(), "the refusal names the field, so the page shows it beside it");
        assertNull(scoring.mySheet(scene.roundId(), scene.subjectId()).version(), "no draft was stored");

        scoring.saveDraft(
                scoring.mySheet(scene.roundId(), scene.subjectId()).shown(),
                Map.of(criterion.code(), new SheetValue(criterion.max(), null)),
                null);
        assertThrows(
                DomainException.class,
                () -> scoring.saveDraft(
                        scoring.mySheet(scene.roundId(), scene.subjectId()).shown(),
                        Map.of(criterion.code(), new SheetValue(criterion.min().subtract(BigDecimal.ONE), null)),
                        null));
        JudgeSheet kept = scoring.mySheet(scene.roundId(), scene.subjectId());
        assertEquals(
                0,
                criterion.max().compareTo(kept.values().get(criterion.code()).getValue()),
                "the earlier draft stands; the refused value neither replaced nor erased it");
    }

    @Test
    void an_attachment_is_shown_in_the_page_only_to_a_judge_who_may_score_its_entry_now() {
        Scene scene = scenes.create(false, true);
        long pdf = documentId(scene, "application/pdf");
        long png = documentId(scene, "image/png");

        actingAs.user(scene.judge());
        FileStore.Download shown = documents.preview(pdf);
        assertEquals("application/pdf", shown.contentType());
        assertArrayEquals(JudgedEntryFixtures.PDF, shown.content());
        assertArrayEquals(JudgedEntryFixtures.PNG, documents.preview(png).content());

        long unassigned = people.person("Judge of another panel", Language.ENGLISH, Role.JUDGE);
        actingAs.user(unassigned);
        assertNotFound(() -> documents.preview(pdf));
        assertNotFound(() -> documents.open(pdf));

        // The manager downloads the file but is no judge of it: no preview.
        actingAs.user(scene.manager());
        assertEquals(JudgedEntryFixtures.FILE_NAME, documents.open(pdf).fileName());
        assertNotFound(() -> documents.preview(pdf));
        actingAs.user(scene.owner());
        assertNotFound(() -> documents.preview(pdf));

        // A judge who declares a conflict loses the preview at once, like the entry.
        judging.declareConflict(scene.judge(), scene.subjectId());
        actingAs.user(scene.judge());
        assertNotFound(() -> documents.preview(pdf));
        assertNotFound(() -> documents.preview(Long.MAX_VALUE));
    }

    @Test
    void a_blind_rounds_workspace_names_neither_the_applicant_nor_its_files_in_any_language() {
        Scene scene = scenes.create(true, true);
        actingAs.user(scene.judge());
        for (Language language : Language.values()) {
            JudgeEntryQuery.Entry view = judgeView.entry(scene.roundId(), scene.subjectId(), language);
            assertNull(view.title());
            assertNull(view.organisation());
            assertEquals(2, view.documents().size());
            assertTrue(
                    view.documents().stream().allMatch(d -> d.fileName() == null),
                    "no original file names: " + view.documents());
            String everything = view.toString();
            for (String secret : List.of(
                    scene.title(),
                    scene.organisation(),
                    JudgedEntryFixtures.FILE_NAME,
                    JudgedEntryFixtures.IMAGE_NAME)) {
                assertFalse(everything.contains(secret), language + " must not carry " + secret);
            }
        }
        for (JudgeEntryQuery.Document document : judgeView
                .entry(scene.roundId(), scene.subjectId(), Language.ENGLISH)
                .documents()) {
            String name = documents.preview(document.id()).fileName();
            assertTrue(name.startsWith(scene.reference() + "-") && !name.contains("Solar"), "a neutral name: " + name);
        }
        JudgeQueueQuery.QueueRow row = queue.queue(scene.judge(), Language.ENGLISH).stream()
                .filter(r -> r.subjectId() == scene.subjectId())
                .findFirst()
                .orElseThrow();
        assertNull(row.title(), "the queue of a blind round has no title either");
    }

    @Test
    void codes_and_document_kinds_reach_the_judge_in_their_language_and_times_in_the_editions_zone() {
        Scene scene = scenes.create(false, true);
        actingAs.user(scene.judge());
        JudgeEntryQuery.Entry thai = judgeView.entry(scene.roundId(), scene.subjectId(), Language.THAI);
        assertEquals("พลังงานสะอาด · กลุ่มสตาร์ทอัพ", thai.trackGroup());
        assertTrue(
                thai.documents().stream().anyMatch(d -> d.label().equals("แผนธุรกิจ")),
                thai.documents().toString());
        assertEquals("Asia/Shanghai", thai.zone(), "a competition's rounds are in its edition's zone");
        assertTrue(
                thai.details().stream().anyMatch(d -> "โครงการ".equals(d.section())),
                "the entry's sections have headings");

        JudgeEntryQuery.Entry vietnamese = judgeView.entry(scene.roundId(), scene.subjectId(), Language.VIETNAMESE);
        assertEquals("Năng lượng sạch · Bảng khởi nghiệp", vietnamese.trackGroup());
        JudgeQueueQuery.QueueRow row = queue.queue(scene.judge(), Language.CHINESE).stream()
                .filter(r -> r.subjectId() == scene.subjectId())
                .findFirst()
                .orElseThrow();
        assertEquals("清洁能源 · 初创组", row.trackGroup());
        assertEquals("Asia/Shanghai", row.zone());
    }

    private long documentId(Scene scene, String contentType) {
        actingAs.user(scene.judge());
        return judgeView.entry(scene.roundId(), scene.subjectId(), Language.ENGLISH).documents().stream()
                .filter(d -> d.contentType().equals(contentType))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
