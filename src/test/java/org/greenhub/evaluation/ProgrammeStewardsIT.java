package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.RoundSetupService.RoundSummary;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.OwnRoundsStewards;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A programme that claims its keys decides which managers run its rounds; others do not even see them. */
class ProgrammeStewardsIT extends InServerTest {

    @Inject
    RoundSetupService setup;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    private EvaluationRound round(String programmeKey) {
        Instant opens = TestTime.now().minus(Duration.ofDays(1));
        RoundRules rules = new RoundRules(
                TestData.unique("Round"),
                1,
                null,
                opens,
                opens.plus(Duration.ofDays(9)),
                false,
                ScoreVisibility.AFTER_OWN_SUBMISSION,
                AggregationMethod.MEAN,
                1,
                BigDecimal.valueOf(25),
                AdvancementRule.TOP_N,
                AdvancementScope.WHOLE_ROUND,
                1,
                null,
                List.of());
        return setup.createRoundWithRubric(
                programmeKey,
                TestData.unique("Rubric"),
                List.of(new RoundSetupService.CriterionDraft(
                        "tech",
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        null,
                        Map.of(Language.ENGLISH, new CriterionText("Technology", null)))),
                rules);
    }

    private List<Long> listedRounds() {
        return setup.rounds(0, 1000).stream().map(RoundSummary::id).toList();
    }

    @Test
    void onlyTheProgrammesOwnManagersSeeAndRunItsRounds() {
        long owner = fixtures.person("Owner Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long other = fixtures.person("Other Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long judge = fixtures.person("Curious Judge", Language.ENGLISH, Role.JUDGE);

        actingAs.user(owner);
        long claimed = round(OwnRoundsStewards.keyOf(owner)).getId();
        long open = round(TestData.unique("unclaimed")).getId();
        assertTrue(listedRounds().containsAll(List.of(claimed, open)));
        assertEquals(claimed, setup.view(claimed).getId());

        actingAs.user(other);
        assertFalse(listedRounds().contains(claimed), "another programme's round is not listed");
        assertTrue(listedRounds().contains(open), "rounds no programme claims stay shared");
        for (Executable attempt : List.<Executable>of(
                () -> setup.view(claimed),
                () -> setup.panels(claimed),
                () -> setup.entries(claimed),
                () -> setup.createPanel(claimed, "Mine now", null, null))) {
            assertEquals(
                    DomainException.Kind.NOT_FOUND,
                    assertThrows(DomainException.class, attempt).kind());
        }
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> round(OwnRoundsStewards.keyOf(owner)))
                        .kind(),
                "nobody creates rounds in someone else's programme");

        actingAs.user(judge);
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> setup.view(open)).kind());

        actingAs.user(data.adminId());
        assertEquals(claimed, setup.view(claimed).getId());
        assertTrue(listedRounds().contains(claimed));
        assertTrue(setup.countRounds() >= listedRounds().size());
    }
}
