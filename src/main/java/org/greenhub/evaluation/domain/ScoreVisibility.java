package org.greenhub.evaluation.domain;

/**
 * When the judges' scores and comments on an entry may be read by anyone but their author and the round's managers.
 * The rule is the round's; it is the one answer for judges (the other judges' sheets) and for applicants (the
 * comments an organiser releases), so a released comment never reaches anyone before the round allows it.
 */
public enum ScoreVisibility {
    NEVER,
    AFTER_OWN_SUBMISSION,
    AFTER_ROUND_CLOSES;

    /** Whether a judge of the round may read the other judges' submitted sheets on an entry. */
    public boolean showsOthersToJudge(boolean ownSheetSubmitted, boolean roundOver) {
        return switch (this) {
            case NEVER -> false;
            case AFTER_OWN_SUBMISSION -> ownSheetSubmitted;
            case AFTER_ROUND_CLOSES -> roundOver;
        };
    }

    /**
     * Whether the entry's applicant may read the round's comments (once the organiser releases them): never under
     * {@link #NEVER}, otherwise only when the round is over, since an applicant has no sheet of their own and the
     * panel may still be scoring.
     */
    public boolean showsCommentsToApplicant(boolean roundOver) {
        return this != NEVER && roundOver;
    }
}
