package org.greenhub.competition.domain;

/**
 * Life of a competition edition. DRAFT: managers set it up, invisible to applicants. PUBLISHED: applicants see it
 * and may enter while the submission window is open. JUDGING: rounds run. NOTICE: results posted for the notice
 * period, objections possible. FINAL: results final. CANCELLED: stopped. (Add values, never rename.)
 */
public enum CompetitionStatus {
    DRAFT,
    PUBLISHED,
    JUDGING,
    NOTICE,
    FINAL,
    CANCELLED;

    public String messageKey() {
        return "competition.status." + name();
    }
}
