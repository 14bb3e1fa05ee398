package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.ProgressService;
import org.greenhub.evaluation.application.ScoreImportService;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.ThreadStatements;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ScoringFixtures;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** Round progress for programme managers and the reminders to late judges, in the real server and database. */
class ProgressIT extends InServerTest {

    @Inject
    ProgressService progress;

    @Inject
    ScoreImportService imports;

    @Inject
    JudgeScoring scoring;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @PersistenceContext
    EntityManager em;

    /** Judge 0 submitted every entry, judge 1 only the first, judge 2 has one draft. */
    private Fixture judgedRound(List<String> references) {
        Fixture f = fixtures.create(Spec.of(references, 3));
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        for (String reference : references) {
            sheet(csv, reference, f.judgeEmails().get(0));
        }
        sheet(csv, references.get(0), f.judgeEmails().get(1));
        actingAs.user(f.managerId());
        imports.importSheets(f.roundId(), csv.toString().getBytes(StandardCharsets.UTF_8));
        actingAs.user(f.judgeIds().get(2));
        scoring.saveDraft(
                scoring.mySheet(f.roundId(), f.subjectIds().get(0)).shown(),
                Map.of("tech", new SheetValue(BigDecimal.valueOf(5), null)),
                null);
        actingAs.user(f.managerId());
        return f;
    }

    private static void sheet(StringBuilder csv, String reference, String judge) {
        for (String[] value :
                new String[][] {{"tech", "7"}, {"market", "6"}, {"team", "3"}, {"green", "70"}, {"finance", "12"}}) {
            csv.append(reference)
                    .append(',')
                    .append(judge)
                    .append(',')
                    .append(value[0])
                    .append(',')
                    .append(value[1])
                    .append('\n');
        }
    }

    @Test
    void progressPerJudgeEntryAndPanelWithAConstantNumberOfStatements() {
        Fixture f = judgedRound(List.of("P1", "P2", "P3"));

        ThreadStatements.reset();
        ProgressService.RoundProgress small = progress.progress(f.roundId());
        long smallStatements = ThreadStatements.prepared();

        Map<String, ProgressService.JudgeProgress> judges = new LinkedHashMap<>();
        small.judges().forEach(j -> judges.put(j.email(), j));
        ProgressService.JudgeProgress j0 = judges.get(f.judgeEmails().get(0));
        ProgressService.JudgeProgress j1 = judges.get(f.judgeEmails().get(1));
        ProgressService.JudgeProgress j2 = judges.get(f.judgeEmails().get(2));
        assertEquals(List.of(3, 0, 3), List.of(j0.assigned(), j0.drafts(), j0.submitted()));
        assertEquals(List.of(3, 0, 1), List.of(j1.assigned(), j1.drafts(), j1.submitted()));
        assertEquals(List.of(3, 1, 0), List.of(j2.assigned(), j2.drafts(), j2.submitted()));
        assertEquals(
                List.of("P1", "P2", "P3"),
                small.entries().stream()
                        .map(ProgressService.EntryProgress::reference)
                        .toList());
        assertEquals(
                List.of(2, 1, 1),
                small.entries().stream()
                        .map(ProgressService.EntryProgress::submitted)
                        .toList());
        assertTrue(small.entries().stream().allMatch(e -> e.expected() == 3 && e.assigned() == 3));
        assertEquals(4, small.submittedSheets().size());
        assertEquals(4, small.submitted());
        assertEquals(9, small.assigned());
        assertTrue(small.panels().isEmpty());

        // A round twice the size costs the same number of statements.
        Fixture big = judgedRound(List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6"));
        ThreadStatements.reset();
        ProgressService.RoundProgress bigProgress = progress.progress(big.roundId());
        assertEquals(smallStatements, ThreadStatements.prepared());
        assertEquals(7, bigProgress.submitted());
        // Six for the figures, one to learn which programme owns the round (only its managers may read it).
        assertTrue(smallStatements > 0 && smallStatements <= 7, "statements: " + smallStatements);
    }

    @Test
    void remindersGoOnlyToLateJudgesInTheirLanguageAndAreAudited() {
        Fixture f = judgedRound(List.of("R1", "R2"));
        fixtures.language(f.judgeIds().get(2), Language.THAI);

        // Closing in two days: nobody is late yet.
        fixtures.closesAt(f.roundId(), TestTime.now().plus(Duration.ofDays(2)));
        assertEquals(0, progress.progress(f.roundId()).lateJudges());
        assertEquals(0, progress.remindLateJudges(f.roundId()));
        assertTrue(people.mailSubjects(f.judgeEmails().get(1)).stream().noneMatch(s -> s.startsWith("Reminder")));

        // Closing within 24 hours: judges 1 and 2 have sheets left; judge 0 is done.
        fixtures.closesAt(f.roundId(), TestTime.now().plus(Duration.ofHours(3)));
        ProgressService.RoundProgress now = progress.progress(f.roundId());
        assertEquals(2, now.lateJudges());
        assertEquals(2, progress.remindLateJudges(f.roundId()));

        assertTrue(
                people.mailSubjects(f.judgeEmails().get(0)).stream()
                        .noneMatch(s -> s.contains("Preliminary round") && s.startsWith("Reminder")),
                "the judge who is done gets no reminder");
        assertEquals(
                "Reminder: your scores for Preliminary round",
                people.mailSubjects(f.judgeEmails().get(1)).get(0));
        assertEquals(
                "แจ้งเตือน: คะแนนของท่านสำหรับ Preliminary round",
                people.mailSubjects(f.judgeEmails().get(2)).get(0));
        assertEquals(1, fixtures.auditEvents("LATE_JUDGES_REMINDED", f.roundId()));

        // After the round is over, judges with sheets left are still late.
        fixtures.closesAt(f.roundId(), TestTime.now().minus(Duration.ofHours(1)));
        assertTrue(progress.progress(f.roundId()).over());
        assertEquals(2, progress.progress(f.roundId()).lateJudges());
    }

    @Test
    void onlyManagersSeeProgressOrRemind() {
        Fixture f = fixtures.create(Spec.of(List.of("S1"), 2));
        actingAs.user(f.applicantId());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> progress.progress(f.roundId()))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> progress.remindLateJudges(f.roundId()))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> progress.entryTitles(f.roundId()))
                        .kind());
        actingAs.user(f.judgeIds().get(0));
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> progress.progress(f.roundId()))
                        .kind());

        actingAs.user(f.managerId());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> progress.progress(Long.MAX_VALUE))
                        .kind());
        assertFalse(progress.progress(f.roundId()).judges().isEmpty());
        assertEquals(Map.of("S1", "Entry S1"), progress.entryTitles(f.roundId()));
    }
}
