package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** The read methods the round pages use, and the wizard's one-transaction creation, inside the real server. */
class RoundSetupReadsIT extends InServerTest {

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
    ActingAs actingAs;

    @Inject
    TestData data;

    private static RoundRules rules(String name, boolean blind, List<String> tieBreak) {
        Instant opens = TestTime.now().plus(Duration.ofDays(1));
        return new RoundRules(
                name,
                1,
                null,
                opens,
                opens.plus(Duration.ofDays(10)),
                blind,
                ScoreVisibility.NEVER,
                AggregationMethod.MEDIAN,
                0,
                null,
                AdvancementRule.NONE,
                AdvancementScope.WHOLE_ROUND,
                null,
                null,
                tieBreak);
    }

    private static List<RoundSetupService.CriterionDraft> oneCriterion() {
        return List.of(new RoundSetupService.CriterionDraft(
                "impact",
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                BigDecimal.ONE,
                null,
                Map.of(Language.ENGLISH, new CriterionText("Impact", null))));
    }

    @Test
    void roundAndRubricAreCreatedTogetherOrNotAtAll() {
        long manager = fixtures.person("Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(manager);
        String programme = TestData.unique("screening:reads");
        long roundsBefore = setup.countRounds();
        long rubricsBefore = data.count("Rubric");

        // an unknown tie-break criterion refuses the round: the rubric must not stay behind alone
        DomainException refused = assertThrows(
                DomainException.class,
                () -> setup.createRoundWithRubric(
                        programme, "Rubric", oneCriterion(), rules("Refused", true, List.of("nope"))));
        assertEquals("evaluation.round.tieBreakUnknown", refused.messageKey());
        assertEquals(rubricsBefore, data.count("Rubric"));

        EvaluationRound round = setup.createRoundWithRubric(
                programme, "Rubric", oneCriterion(), rules("Screening", true, List.of("impact")));
        assertEquals(roundsBefore + 1, setup.countRounds());
        RoundSetupService.RoundSummary first = setup.rounds(0, 5).get(0);
        assertEquals(round.getId(), first.id(), "newest first");
        assertEquals(0, first.entries());

        long organisation = fixtures.organisation("Ánh Sáng Xanh 绿光");
        EvaluationSubject subject = registry.register(programme, "R-1", "Solar dryers", organisation, null, null);
        setup.addSubjects(round.getId(), List.of(subject.getId()));
        assertEquals(1, setup.rounds(0, 5).get(0).entries());
        assertEquals(
                List.of("R-1"),
                setup.entries(round.getId()).stream()
                        .map(EvaluationSubject::getReference)
                        .toList());
    }

    @Test
    void judgePickerOffersOnlyJudgesAndOnlyToManagers() {
        String marker = TestData.unique("Picker");
        long judge = fixtures.person(marker + " Judge", Language.THAI, Role.JUDGE);
        fixtures.person(marker + " Applicant", Language.THAI, Role.APPLICANT);
        long manager = fixtures.person("Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);

        actingAs.user(manager);
        List<UserAccount> found = setup.judgeCandidates(marker, 10);
        assertEquals(List.of(judge), found.stream().map(UserAccount::getId).toList());

        actingAs.user(judge);
        assertEquals(
                "platform.error.forbidden",
                assertThrows(DomainException.class, () -> setup.judgeCandidates(marker, 10))
                        .messageKey());
        assertThrows(DomainException.class, () -> setup.rounds(0, 10));
    }

    @Test
    void judgeSeesEntriesOfTheirPanelsWithTitlesOnlyOnceAssignedInARoundThatIsNotBlindAndFindsOrganisationsByName() {
        long manager = fixtures.person("Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long judge = fixtures.person("Judge", Language.VIETNAMESE, Role.JUDGE);
        String programme = TestData.unique("screening:panels");
        String orgName = TestData.unique("绿色回收");
        long organisation = fixtures.organisation(orgName);

        actingAs.user(manager);
        EvaluationRound blind =
                setup.createRoundWithRubric(programme, "Rubric", oneCriterion(), rules("Blind", true, List.of()));
        EvaluationRound open =
                setup.createRoundWithRubric(programme, "Rubric 2", oneCriterion(), rules("Open", false, List.of()));
        EvaluationRound notMine =
                setup.createRoundWithRubric(programme, "Rubric 3", oneCriterion(), rules("Other", false, List.of()));
        long s1 = registry.register(programme, "B-1", "Secret title", organisation, null, null)
                .getId();
        long s2 = registry.register(programme, "O-1", "Visible title", organisation, null, null)
                .getId();
        long s4 = registry.register(programme, "O-2", "Unassigned title", organisation, null, null)
                .getId();
        long s3 = registry.register(programme, "X-1", "Elsewhere", organisation, null, null)
                .getId();
        setup.addSubjects(blind.getId(), List.of(s1));
        setup.addSubjects(open.getId(), List.of(s2, s4));
        setup.addSubjects(notMine.getId(), List.of(s3));
        setup.addJudge(setup.createPanel(blind.getId(), "P", null, null).getId(), judge);
        setup.addJudge(setup.createPanel(open.getId(), "P", null, null).getId(), judge);
        assignments.assignManually(blind.getId(), s1, judge);
        assignments.assignManually(open.getId(), s2, judge);

        actingAs.user(judge);
        List<ConflictService.DeclarableEntry> entries = conflicts.entriesOnMyPanels();
        assertEquals(
                List.of("B-1", "O-1", "O-2"),
                entries.stream().map(ConflictService.DeclarableEntry::reference).toList(),
                "every entry of the judge's panels can be declared on, by reference");
        assertTrue(
                entries.stream().allMatch(e -> e.title() == null),
                "no title before the assignments are published: " + entries);

        actingAs.user(manager);
        assignments.publish(blind.getId());
        assignments.publish(open.getId());
        actingAs.user(judge);
        entries = conflicts.entriesOnMyPanels();
        assertNull(entries.get(0).title(), "a blind round hides the title even of an assigned entry");
        assertEquals("Visible title", entries.get(1).title(), "the round already shows this judge the entry");
        assertNull(entries.get(2).title(), "an entry assigned to others keeps its title hidden");

        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> conflicts.declareOnSubject(s3, ConflictType.OTHER, "Probing another round"))
                        .kind(),
                "a subject of a round the judge does not sit on cannot be declared on (nor probed)");
        conflicts.declareOnSubject(s4, ConflictType.OTHER, "Advised them last year");
        assertEquals(
                List.of("B-1", "O-1"),
                conflicts.entriesOnMyPanels().stream()
                        .map(ConflictService.DeclarableEntry::reference)
                        .toList(),
                "a declared entry leaves the list");

        List<Choice> named = conflicts.organisationsNamed(orgName, 10);
        assertTrue(named.stream().anyMatch(o -> o.id() == organisation), "found by words of its name in any script");
        assertEquals(List.of(), conflicts.organisationsNamed("  ", 10), "an empty search lists nothing");

        actingAs.user(manager);
        assertThrows(DomainException.class, conflicts::entriesOnMyPanels, "only judges have panels to declare on");
    }
}
