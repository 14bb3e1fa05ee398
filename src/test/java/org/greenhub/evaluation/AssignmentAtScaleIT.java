package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.assignment.AssignmentPlanner;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.ThreadStatements;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * Automatic assignment at two sizes (200 entries × 30 judges, and issue 17's 1,000 × 100; 5 per entry, declared and
 * detected conflicts, one manual assignment): every entry gets its five, no judge on a conflict, loads balanced, what
 * is stored is what the preview showed, and planning and storing take the same few statements at both sizes, never
 * one per assignment, subject or judge (issue 17: 5,000 single inserts, then entity loading, were the 12–22 s `apply`
 * took). Times are printed, never asserted; the server log holds the phase split (FINE, switched on here).
 */
class AssignmentAtScaleIT extends InServerTest {

    private static final int PER_ENTRY = 5;

    @Inject
    RoundSetupService setup;

    @Inject
    ConflictService conflicts;

    @Inject
    AssignmentService assignments;

    @Inject
    SubjectRegistry registry;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ActingAs actingAs;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Statements of one {@code apply}, and of a second one that replaces its plan. */
    private record Statements(long first, long again) {}

    @Test
    void everyEntryGetsItsJudgesNoneConflictedAndTheStoredPlanIsThePreviewInTheSameFewStatementsAtAnySize()
            throws Exception {
        Logger phases = Logger.getLogger(AssignmentService.class.getName());
        Level level = phases.getLevel();
        phases.setLevel(Level.FINE);
        try {
            Statements small = planAndStore(200, 30);
            Statements issue17 = planAndStore(1_000, 100);
            assertEquals(
                    small.first(),
                    issue17.first(),
                    "the same statements for 200 x 30 and 1,000 x 100: " + small + " / " + issue17);
        } finally {
            phases.setLevel(level);
        }
    }

    /** Runs the work in its own transaction, so thousands of fixture rows do not take thousands of commits. */
    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            em.flush();
            transaction.commit();
            em.clear();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private Statements planAndStore(int entryCount, int judgeCount) throws Exception {
        String programme = TestData.unique("scale");
        long manager = fixtures.person("Scale Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        List<Long> judges = inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (int j = 0; j < judgeCount; j++) {
                ids.add(fixtures.person("Scale Judge " + j, Language.ENGLISH, Role.JUDGE));
            }
            return ids;
        });
        List<Long> organisations = new ArrayList<>();
        List<Long> subjects = new ArrayList<>();
        for (int from = 0; from < entryCount; from += 100) {
            int to = Math.min(entryCount, from + 100);
            int first = from;
            inTransaction(() -> {
                for (int i = first; i < to; i++) {
                    // every tenth organisation holds two entries, so a declaration on an organisation covers both
                    long organisation =
                            i % 10 == 1 ? organisations.get(i - 1) : fixtures.organisation("Scale Start-up " + i);
                    organisations.add(organisation);
                    subjects.add(registry.register(
                                    programme,
                                    String.format("SC-%04d", i),
                                    "Scale project " + i,
                                    organisation,
                                    i % 2 == 0 ? "clean-energy" : "recycling",
                                    "start-up")
                            .getId());
                }
                return null;
            });
        }
        actingAs.user(manager);
        Rubric rubric = setup.createRubric(
                programme,
                "Scale review",
                List.of(new RoundSetupService.CriterionDraft(
                        "impact",
                        BigDecimal.valueOf(100),
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        null,
                        Map.of(Language.ENGLISH, new CriterionText("Impact", null)))));
        long round = setup.createRound(programme, rubric.getId(), rules()).getId();
        assertEquals(entryCount, setup.addSubjects(round, subjects));
        long panel = setup.createPanel(round, "All entries", null, null).getId();
        inTransaction(() -> {
            judges.forEach(judge -> setup.addJudge(panel, judge));
            return null;
        });
        // conflicts (a judge declares on entries of their panels): declared on an entry, declared on an organisation
        // (two entries), and detected from a recent employment
        for (int j = 0; j < judgeCount; j++) {
            actingAs.user(judges.get(j));
            conflicts.declareOnSubject(
                    subjects.get((j * 7) % entryCount), ConflictType.COLLABORATION, "Pilot together");
            if (j % 3 == 0) {
                conflicts.declareOnOrganisation(
                        organisations.get((j * 10) % entryCount), ConflictType.SHAREHOLDING_OR_INVESTMENT, "Shares");
            }
            if (j % 5 == 0) {
                fixtures.affiliate(
                        judges.get(j),
                        organisations.get((j * 13 + 3) % entryCount),
                        AffiliationRole.EMPLOYEE,
                        TestTime.today().minusYears(4),
                        TestTime.today().minusYears(1));
            }
        }

        actingAs.user(manager);
        Conflicts found = conflicts.conflictsOf(round);
        long conflictedPairs = judges.stream()
                .mapToLong(j ->
                        subjects.stream().filter(s -> found.conflicted(j, s)).count())
                .sum();
        // 30 declared entries, 10 declared organisations of two entries, 6 recent employers, a few overlapping
        assertTrue(conflictedPairs >= 50, "the scene has its conflicts: " + conflictedPairs);

        // a manual assignment stays through automatic planning and counts toward the entry's five
        long manualSubject = subjects.get(entryCount - 1);
        long manualJudge = judges.stream()
                .filter(j -> !found.conflicted(j, manualSubject))
                .findFirst()
                .orElseThrow();
        assignments.assignManually(round, manualSubject, manualJudge);

        long start = System.nanoTime();
        AssignmentPlan preview = assignments.preview(round, 42L);
        long previewMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(entryCount * PER_ENTRY - 1, preview.planned().size(), "every entry its five, the manual one kept");

        ThreadStatements.reset();
        start = System.nanoTime();
        AssignmentPlan applied = assignments.apply(round, 42L);
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        long firstApply = ThreadStatements.prepared();
        assertEquals(Set.copyOf(preview.planned()), Set.copyOf(applied.planned()), "the same seed, the same plan");

        // applying again with another seed replaces the automatic plan: the same few statements
        ThreadStatements.reset();
        start = System.nanoTime();
        assignments.apply(round, 43L);
        long secondMs = (System.nanoTime() - start) / 1_000_000;
        long secondApply = ThreadStatements.prepared();
        AssignmentPlan replanned = assignments.preview(round, 43L);
        System.out.printf(
                "Assignment, %d entries x %d judges: preview %d ms; apply %d ms (%d statements), again %d ms (%d)%n",
                entryCount, judgeCount, previewMs, firstMs, firstApply, secondMs, secondApply);

        List<Assignment> stored = assignments.assignments(round);
        assertEquals(entryCount * PER_ENTRY, stored.size());
        Set<AssignmentPlanner.Pair> storedAuto = stored.stream()
                .filter(a -> a.getSource() == Assignment.Source.AUTO)
                .map(a -> new AssignmentPlanner.Pair(
                        a.getSubject().getId(), a.getJudge().getId()))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(replanned.planned()), storedAuto, "the stored rows are the preview of the seed");
        assertEquals(
                List.of(manualJudge),
                stored.stream()
                        .filter(a -> a.getSource() == Assignment.Source.MANUAL)
                        .map(a -> a.getJudge().getId())
                        .toList());
        Map<Long, Set<Long>> judgesPerEntry = new HashMap<>();
        for (Assignment a : stored) {
            assertFalse(
                    found.conflicted(a.getJudge().getId(), a.getSubject().getId()),
                    "no judge on a conflict: " + a.getSubject().getReference());
            judgesPerEntry
                    .computeIfAbsent(a.getSubject().getId(), s -> new HashSet<>())
                    .add(a.getJudge().getId());
            assertTrue(a.getPanel() != null && a.getPanel().getId() == panel, "the panel is recorded");
        }
        Set<Instant> autoCreated = stored.stream()
                .filter(a -> a.getSource() == Assignment.Source.AUTO)
                .map(Assignment::getCreatedAt)
                .collect(Collectors.toSet());
        assertEquals(1, autoCreated.size(), "one plan, one time");
        assertTrue(
                Duration.between(autoCreated.iterator().next(), TestTime.now())
                                .abs()
                                .toMinutes()
                        < 5,
                "the clock's time: " + autoCreated);
        assertEquals(entryCount, judgesPerEntry.size());
        assertTrue(judgesPerEntry.values().stream().allMatch(j -> j.size() == PER_ENTRY), "five different judges");
        Map<Long, Long> loads =
                stored.stream().collect(Collectors.groupingBy(a -> a.getJudge().getId(), Collectors.counting()));
        assertEquals(judgeCount, loads.size(), "every judge has work");
        assertTrue(
                Collections.max(loads.values()) - Collections.min(loads.values()) <= 1,
                "loads within one of each other: " + new TreeMap<>(loads));

        assertEquals(firstApply, secondApply, "replacing a plan: " + firstApply + " / " + secondApply);
        assertTrue(
                firstApply <= 20,
                "statements to plan and store " + applied.planned().size() + ": " + firstApply);
        return new Statements(firstApply, secondApply);
    }

    private static RoundRules rules() {
        Instant opens = TestTime.now().minus(Duration.ofDays(1));
        return new RoundRules(
                "Scale round",
                PER_ENTRY,
                null,
                opens,
                opens.plus(Duration.ofDays(30)),
                false,
                ScoreVisibility.AFTER_ROUND_CLOSES,
                AggregationMethod.MEAN,
                1,
                null,
                AdvancementRule.NONE,
                AdvancementScope.WHOLE_ROUND,
                null,
                null,
                List.of("impact"));
    }
}
