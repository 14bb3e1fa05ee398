package org.greenhub.evaluation.domain.conflict;

/** Why a judge may not judge an entry (the recusal grounds programmes use in practice). */
public enum ConflictType {
    EMPLOYMENT,
    SHAREHOLDING_OR_INVESTMENT,
    FAMILY,
    ADVISING_WITHIN_3_YEARS,
    DISPUTE,
    COLLABORATION,
    OTHER;

    public String messageKey() {
        return "evaluation.conflict.type." + name();
    }
}
