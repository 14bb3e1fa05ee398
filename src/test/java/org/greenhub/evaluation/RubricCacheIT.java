package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ScoringFixtures;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the score form reads its round's rubric (criteria, weights, scales, names) from Hibernate's second-level
 * cache once it has been read, so the second form of a round costs fewer statements than the first; and a change that
 * is allowed (a criterion reworded, the rules changed with a reason in an open round) is seen by the next form at once.
 */
class RubricCacheIT extends InServerTest {

    @Inject
    JudgeScoring scoring;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    @Test
    void theSecondScoreFormOfARoundReadsTheRubricFromTheCacheAndTakesFewerStatements() {
        Fixture round = fixtures.create(Spec.of(List.of("RC-001", "RC-002", "RC-003"), 1));
        judging.describeCriteria(round.roundId());
        actingAs.user(round.judgeIds().get(0));
        // as on a server that has just started: this round's rubric has never been read
        judging.forgetCachedRubrics();

        Statistics statistics = judging.statistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            JudgeScoring.Workspace first = open(round, 0);
            long firstStatements = statistics.getPrepareStatementCount();

            // the fewest of three: statistics count the whole persistence unit, and a background job (the mail outbox)
            // could add a statement to one measurement
            long secondStatements = Long.MAX_VALUE;
            long cacheHits = 0;
            JudgeScoring.Workspace second = null;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                second = open(round, 1 + run % 2);
                secondStatements = Math.min(secondStatements, statistics.getPrepareStatementCount());
                cacheHits = Math.max(cacheHits, statistics.getSecondLevelCacheHitCount());
            }
            System.out.printf(
                    "Score form statements: %d for the round's first form, %d for the next (%d second-level cache hits)%n",
                    firstStatements, secondStatements, cacheHits);

            assertTrue(
                    secondStatements < firstStatements,
                    "the second form of the round reads the rubric from the cache: " + secondStatements
                            + " statements, " + firstStatements + " for the first");
            assertTrue(cacheHits >= 3, "the rubric, its criteria and their names come from the cache: " + cacheHits);
            assertEquals(criteria(first), criteria(second), "the same criteria, names, scales and guidance");
            assertEquals("Technology", criteria(second).get(0).name());
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void aRewordedCriterionAndRulesChangedWithAReasonAreSeenByTheNextFormAtOnce() {
        Fixture round = fixtures.create(Spec.of(List.of("RE-001", "RE-002"), 1));
        judging.describeCriteria(round.roundId());
        actingAs.user(round.judgeIds().get(0));
        JudgeScoring.Workspace before = open(round, 0);
        open(round, 1); // now certainly cached
        assertEquals("Technology", criteria(before).get(0).name());
        assertFalse(before.entry().blind());

        judging.renameCriterion(round.roundId(), "tech", Language.ENGLISH, "Technology readiness");
        judging.blind(round.roundId()); // an open round's rules change only with a reason, as this does

        JudgeScoring.Workspace after = open(round, 0);
        assertEquals("Technology readiness", criteria(after).get(0).name(), "the reworded name, at once");
        assertEquals(
                criteria(before).get(0).guidance(), criteria(after).get(0).guidance(), "the guidance kept as it was");
        assertEquals(criteria(before).size(), criteria(after).size());
        assertTrue(after.entry().blind(), "the changed rules, at once");
        assertEquals(
                "技术",
                criteria(scoring.open(round.roundId(), round.subjectIds().get(0), Language.CHINESE))
                        .get(0)
                        .name(),
                "the other languages' names unchanged");
    }

    private JudgeScoring.Workspace open(Fixture round, int entry) {
        return scoring.open(round.roundId(), round.subjectIds().get(entry), Language.ENGLISH);
    }

    private static List<JudgeEntryQuery.Criterion> criteria(JudgeScoring.Workspace workspace) {
        return workspace.entry().criteria();
    }
}
