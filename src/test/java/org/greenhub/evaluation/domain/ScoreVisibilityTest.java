package org.greenhub.evaluation.domain;

import static org.greenhub.evaluation.domain.ScoreVisibility.AFTER_OWN_SUBMISSION;
import static org.greenhub.evaluation.domain.ScoreVisibility.AFTER_ROUND_CLOSES;
import static org.greenhub.evaluation.domain.ScoreVisibility.NEVER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule for who reads judges' scores and comments: judges by their own submission or the round's end, applicants never before the end. */
class ScoreVisibilityTest {

    @Test
    void judgesSeeOtherSheetsOnlyWhenTheRoundsRuleSaysSo() {
        assertFalse(NEVER.showsOthersToJudge(true, true));
        assertFalse(AFTER_OWN_SUBMISSION.showsOthersToJudge(false, false));
        assertTrue(AFTER_OWN_SUBMISSION.showsOthersToJudge(true, false));
        assertFalse(AFTER_ROUND_CLOSES.showsOthersToJudge(true, false));
        assertTrue(AFTER_ROUND_CLOSES.showsOthersToJudge(false, true));
    }

    @Test
    void applicantsNeverReadCommentsWhileTheRoundIsOpenNorUnderNever() {
        for (ScoreVisibility rule : ScoreVisibility.values()) {
            assertFalse(rule.showsCommentsToApplicant(false), rule + " while the round is open");
        }
        assertFalse(NEVER.showsCommentsToApplicant(true));
        assertTrue(AFTER_OWN_SUBMISSION.showsCommentsToApplicant(true));
        assertTrue(AFTER_ROUND_CLOSES.showsCommentsToApplicant(true));
    }
}
