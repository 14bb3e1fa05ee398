package org.greenhub.evaluation.domain.conflict;

/** Where a conflict comes from. Only detected ones (not the judge's own declaration) may be waived. */
public enum ConflictSource {
    /** The judge declared it, on the subject or on its organisation. */
    DECLARED,
    /** A tie in the judge's profile with the subject's organisation, current or within the window. */
    PROFILE_TIE,
    /** An affiliation of the judge with the subject's organisation in the organisation records, within the window. */
    AFFILIATION;

    public boolean waivable() {
        return this != DECLARED;
    }

    public String messageKey() {
        return "evaluation.conflict.source." + name();
    }
}
