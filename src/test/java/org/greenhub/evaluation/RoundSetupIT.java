package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.ConflictDetector;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.assignment.AssignmentPlanner;
import org.greenhub.evaluation.domain.conflict.ConflictSource;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** Setting up a round inside the real server and database: conflicts, waivers, fair assignment, publication, rules. */
class RoundSetupIT extends InServerTest {

    @Inject
    RoundSetupService setup;

    @Inject
    ConflictService conflicts;

    @Inject
    ConflictDetector detector;

    @Inject
    AssignmentService assignments;

    @Inject
    SubjectRegistry registry;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    ActingAs actingAs;

    private static RoundRules rules(String name, int judgesPerEntry) {
        Instant opens = TestTime.now().minus(Duration.ofDays(1));
        return new RoundRules(
                name,
                judgesPerEntry,
                null,
                opens,
                opens.plus(Duration.ofDays(30)),
                true,
                ScoreVisibility.AFTER_OWN_SUBMISSION,
                AggregationMethod.MEAN,
                1,
                BigDecimal.valueOf(25),
                AdvancementRule.TOP_N,
                AdvancementScope.PER_TRACK,
                2,
                null,
                List.of("green"));
    }

    private static List<RoundSetupService.CriterionDraft> criteria() {
        return List.of(
                new RoundSetupService.CriterionDraft(
                        "tech",
                        BigDecimal.valueOf(40),
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        null,
                        Map.of(
                                Language.ENGLISH,
                                new CriterionText("Technology and product", "How new and how proven"),
                                Language.CHINESE,
                                new CriterionText("技术与产品", null))),
                new RoundSetupService.CriterionDraft(
                        "green",
                        BigDecimal.valueOf(60),
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        BigDecimal.valueOf(0.5),
                        BigDecimal.valueOf(3),
                        Map.of(Language.ENGLISH, new CriterionText("Climate contribution", "tCO2e avoided per year"))));
    }

    /** A programme with four entries of three organisations, a manager, four judges; judge 1 left organisation A two years ago. */
    private final class Scene {
        final String programme = TestData.unique("competition");
        final long manager = fixtures.person("Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        final long[] judges = {
            fixtures.person("Judge One", Language.ENGLISH, Role.JUDGE),
            fixtures.person("Judge Two", Language.CHINESE, Role.JUDGE),
            fixtures.person("Judge Three", Language.THAI, Role.JUDGE),
            fixtures.person("Judge Four", Language.VIETNAMESE, Role.JUDGE)
        };
        final long orgA = fixtures.organisation("Xanh Solar");
        final long orgB = fixtures.organisation("绿色回收");
        final long orgC = fixtures.organisation("Green Water");
        final long a1 = registry.register(programme, "GH-A1", "Solar drying", orgA, "clean-energy", "start-up")
                .getId();
        final long b1 = registry.register(programme, "GH-B1", "Battery recycling", orgB, "clean-energy", "start-up")
                .getId();
        final long b2 = registry.register(programme, "GH-B2", "Plastic recovery", orgB, "recycling", "start-up")
                .getId();
        final long c1 = registry.register(programme, "GH-C1", "Grey water reuse", orgC, "recycling", "start-up")
                .getId();
        long round;
        long panel;

        Scene() {
            fixtures.affiliate(
                    judges[0],
                    orgA,
                    AffiliationRole.EMPLOYEE,
                    TestTime.today().minusYears(6),
                    TestTime.today().minusYears(2));
            actingAs.user(manager);
            Rubric rubric = setup.createRubric(programme, "Preliminary review", criteria());
            round = setup.createRound(programme, rubric.getId(), rules("Online preliminary review", 2))
                    .getId();
            assertEquals(4, setup.addSubjects(round, List.of(a1, b1, b2, c1)));
            panel = setup.createPanel(round, "All tracks", null, null).getId();
            for (long judge : judges) {
                setup.addJudge(panel, judge);
            }
        }

        long judge(int number) {
            return judges[number - 1];
        }

        Set<Long> judgesOn(long subject) {
            actingAs.user(manager);
            return assignments.assignments(round).stream()
                    .filter(a -> a.getSubject().getId() == subject)
                    .map(a -> a.getJudge().getId())
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void judgeAffiliatedWithTheApplicantTwoYearsAgoIsConflictedAndNeverAssigned() {
        Scene scene = new Scene();
        Conflicts found = conflicts.conflictsOf(scene.round);
        assertTrue(found.conflicted(scene.judge(1), scene.a1));
        assertEquals(Set.of(ConflictSource.AFFILIATION), found.sources(scene.judge(1), scene.a1));
        assertFalse(found.conflicted(scene.judge(1), scene.b1));

        for (long seed = 1; seed <= 5; seed++) {
            AssignmentPlan plan = assignments.preview(scene.round, seed);
            assertEquals(8, plan.planned().size());
            assertFalse(plan.judgesOf(scene.a1).contains(scene.judge(1)), "seed " + seed);
        }
        assignments.apply(scene.round, 11);
        assertFalse(scene.judgesOn(scene.a1).contains(scene.judge(1)));
        List<Assignment> stored = assignments.assignments(scene.round);
        assertEquals(8, stored.size());
        assertTrue(stored.stream().allMatch(a -> a.getSource() == Assignment.Source.AUTO));

        DomainException refused = assertThrows(
                DomainException.class, () -> assignments.assignManually(scene.round, scene.a1, scene.judge(1)));
        assertEquals("evaluation.assignment.judgeConflicted", refused.messageKey());
    }

    @Test
    void declaredConflictsExcludeTheJudgeAndCannotBeWaivedWhileDetectedOnesCan() {
        Scene scene = new Scene();
        actingAs.user(scene.judge(2));
        conflicts.declareOnOrganisation(scene.orgB, ConflictType.SHAREHOLDING_OR_INVESTMENT, "I hold shares in it");
        actingAs.user(scene.judge(3));
        conflicts.declareOnSubject(scene.c1, ConflictType.FAMILY, "My brother leads the team");

        actingAs.user(scene.manager);
        Conflicts found = conflicts.conflictsOf(scene.round);
        assertTrue(found.conflicted(scene.judge(2), scene.b1));
        assertTrue(found.conflicted(scene.judge(2), scene.b2));
        assertTrue(found.conflicted(scene.judge(3), scene.c1));
        assertFalse(found.conflicted(scene.judge(3), scene.b1));

        assertEquals(
                "evaluation.conflict.declaredNotWaivable",
                assertThrows(
                                DomainException.class,
                                () -> conflicts.waive(scene.round, scene.judge(2), scene.b1, "Small stake"))
                        .messageKey());
        assertEquals(
                "evaluation.conflict.nothingToWaive",
                assertThrows(
                                DomainException.class,
                                () -> conflicts.waive(scene.round, scene.judge(4), scene.b1, "No reason"))
                        .messageKey());
        assertEquals(
                "evaluation.conflict.reasonRequired",
                assertThrows(DomainException.class, () -> conflicts.waive(scene.round, scene.judge(1), scene.a1, " "))
                        .messageKey());

        conflicts.waive(scene.round, scene.judge(1), scene.a1, "Left the company two years ago, different department");
        assertFalse(conflicts.conflictsOf(scene.round).conflicted(scene.judge(1), scene.a1));
        assertTrue(fixtures.auditEvents("CONFLICT_WAIVED", String.valueOf(scene.round), "different department") > 0);

        // A judge's own pages (queue, score form, access check) read the same facts by the judge alone: they must
        // reach exactly the round-wide answer for every judge and entry (declared on an entry, on an organisation,
        // an affiliation two years old, a waiver).
        Conflicts roundWide = conflicts.conflictsOf(scene.round);
        List<Conflicts.Subject> subjects = detector.subjectsOf(scene.round);
        assertEquals(4, subjects.size());
        int conflictedPairs = 0;
        for (long judge : scene.judges) {
            Conflicts judgesOwn = detector.among(scene.round, Set.of(judge), subjects);
            for (Conflicts.Subject subject : subjects) {
                assertEquals(
                        roundWide.sources(judge, subject.id()),
                        judgesOwn.sources(judge, subject.id()),
                        "judge " + judge + ", entry " + subject.id());
                assertEquals(
                        roundWide.conflicted(judge, subject.id()),
                        judgesOwn.conflicted(judge, subject.id()),
                        "judge " + judge + ", entry " + subject.id());
                conflictedPairs += judgesOwn.conflicted(judge, subject.id()) ? 1 : 0;
            }
        }
        assertEquals(3, conflictedPairs, "judge 2 on B1 and B2, judge 3 on C1; judge 1's affiliation is waived");

        assignments.apply(scene.round, 3);
        assertFalse(scene.judgesOn(scene.b1).contains(scene.judge(2)));
        assertFalse(scene.judgesOn(scene.b2).contains(scene.judge(2)));
        assertFalse(scene.judgesOn(scene.c1).contains(scene.judge(3)));
        // the waiver makes judge 1 assignable to A1 (by hand here, if the plan did not pick them)
        if (!scene.judgesOn(scene.a1).contains(scene.judge(1))) {
            actingAs.user(scene.manager);
            assertEquals(
                    Assignment.Source.MANUAL,
                    assignments
                            .assignManually(scene.round, scene.a1, scene.judge(1))
                            .getSource());
        }
        assertTrue(scene.judgesOn(scene.a1).contains(scene.judge(1)));
    }

    @Test
    void judgesSeeOnlyPublishedAssignmentsAndNeverConflictedOnesAndAreMailedInTheirLanguage() {
        Scene scene = new Scene();
        assignments.apply(scene.round, 5);
        long judge4 = scene.judge(4);

        actingAs.user(judge4);
        assertTrue(assignments.publishedAssignmentsOf(judge4).isEmpty(), "nothing before publication");

        actingAs.user(scene.manager);
        assignments.publish(scene.round);
        assertEquals(
                "evaluation.assignment.alreadyPublished",
                assertThrows(DomainException.class, () -> assignments.apply(scene.round, 6))
                        .messageKey());
        List<String> mails = fixtures.mailSubjects(fixtures.email(judge4));
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).startsWith("GreenHub: bài dự thi cần chấm"), mails.get(0));

        actingAs.user(judge4);
        List<Assignment> visible = assignments.publishedAssignmentsOf(judge4);
        assertEquals(
                scene.judgesOn(scene.a1).contains(judge4) ? 1 : 0,
                visible.stream().filter(a -> a.getSubject().getId() == scene.a1).count());
        actingAs.user(judge4);
        int before = visible.size();
        assertTrue(before > 0);
        long declaredOn = visible.get(0).getSubject().getId();
        conflicts.declareOnSubject(declaredOn, ConflictType.COLLABORATION, "We wrote a paper together last year");
        List<Assignment> after = assignments.publishedAssignmentsOf(judge4);
        assertEquals(before - 1, after.size());
        assertTrue(after.stream().noneMatch(a -> a.getSubject().getId() == declaredOn));

        long outsider = fixtures.person("Applicant", Language.ENGLISH, Role.APPLICANT);
        actingAs.user(outsider);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> assignments.publishedAssignmentsOf(judge4))
                        .kind());
    }

    @Test
    void nonManagersCannotSetUpAndOnlyJudgesJoinPanels() {
        Scene scene = new Scene();
        long applicant = fixtures.person("Applicant", Language.ENGLISH, Role.APPLICANT);
        actingAs.user(applicant);
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> setup.createRubric(scene.programme, "Mine", criteria()))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> setup.createPanel(scene.round, "Mine", null, null))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> assignments.apply(scene.round, 1))
                        .kind());
        actingAs.user(scene.judge(1));
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> conflicts.waive(scene.round, scene.judge(1), scene.a1, "I am sure"))
                        .kind());

        actingAs.user(scene.manager);
        DomainException notAJudge = assertThrows(DomainException.class, () -> setup.addJudge(scene.panel, applicant));
        assertEquals("evaluation.setup.notAJudge", notAJudge.messageKey());
    }

    @Test
    void ruleChangesOnAnOpenRoundNeedAReasonAndAreAudited() {
        Scene scene = new Scene();
        EvaluationRound round = setup.view(scene.round);
        round = setup.open(scene.round, round.getVersion());
        assertEquals(RoundStatus.OPEN, round.getStatus());
        long version = round.getVersion();

        DomainException noReason = assertThrows(
                DomainException.class,
                () -> setup.changeRules(scene.round, rules("Online preliminary review", 3), "  ", version));
        assertEquals("evaluation.round.reasonRequired", noReason.messageKey());
        assertEquals(2, setup.view(scene.round).getJudgesPerEntry());

        EvaluationRound changed = setup.changeRules(
                scene.round, rules("Online preliminary review", 3), "Two judges withdrew late", version);
        assertEquals(3, changed.getJudgesPerEntry());
        assertEquals(
                1,
                fixtures.auditEvents("ROUND_RULES_CHANGED", String.valueOf(scene.round), "Two judges withdrew late"));
    }

    @Test
    void twoManagersEditingOneRoundTheSecondGetsAConflict() {
        Scene scene = new Scene();
        long otherManager = fixtures.person("Other Manager", Language.THAI, Role.PROGRAMME_MANAGER);
        long seenByFirst = setup.view(scene.round).getVersion();
        actingAs.user(otherManager);
        long seenBySecond = setup.view(scene.round).getVersion();

        actingAs.user(scene.manager);
        setup.changeRules(scene.round, rules("Preliminary review, first edit", 2), null, seenByFirst);
        actingAs.user(otherManager);
        DomainException conflict = assertThrows(
                DomainException.class,
                () -> setup.changeRules(scene.round, rules("Preliminary review, second edit", 3), null, seenBySecond));
        assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
        assertEquals("platform.error.concurrentChange", conflict.messageKey());
        assertEquals("Preliminary review, first edit", setup.view(scene.round).getName());
    }

    @Test
    void withdrawingAJudgeRebalancesOnlyWhatTheyHeld() {
        Scene scene = new Scene();
        assignments.apply(scene.round, 21);
        assignments.publish(scene.round);
        List<Assignment> before = assignments.assignments(scene.round);
        long withdrawn = scene.judge(3);
        Set<String> othersBefore = before.stream()
                .filter(a -> a.getJudge().getId() != withdrawn)
                .map(a -> a.getSubject().getId() + "/" + a.getJudge().getId())
                .collect(Collectors.toSet());
        long held =
                before.stream().filter(a -> a.getJudge().getId() == withdrawn).count();
        assertTrue(held > 0);

        AssignmentPlanner.Replacement replacement = assignments.withdrawJudge(scene.round, withdrawn, "Fell ill");
        assertEquals(held, replacement.removed().size());
        assertEquals(held, replacement.added().size());

        List<Assignment> after = assignments.assignments(scene.round);
        assertEquals(before.size(), after.size());
        Set<String> afterKeys = after.stream()
                .map(a -> a.getSubject().getId() + "/" + a.getJudge().getId())
                .collect(Collectors.toSet());
        assertTrue(afterKeys.containsAll(othersBefore), "other judges’ assignments untouched");
        assertTrue(after.stream().noneMatch(a -> a.getJudge().getId() == withdrawn));
        for (long subject : List.of(scene.a1, scene.b1, scene.b2, scene.c1)) {
            assertEquals(2, new HashSet<>(scene.judgesOn(subject)).size());
        }
        assertFalse(scene.judgesOn(scene.a1).contains(scene.judge(1)), "still never the conflicted judge");
        actingAs.user(scene.manager);
        assertTrue(setup.panels(scene.round).stream()
                .map(Panel::getJudges)
                .flatMap(Set::stream)
                .noneMatch(j -> j.getId() == withdrawn));
    }
}
