package org.greenhub.incubation.application;

import java.util.List;
import java.util.Set;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.organisation.domain.Organisation;

/** The read side of intake: managers' lists, the screening rounds of a call, the choices offered on forms. */
public interface IntakeQueries {

    /** A page of a call's applications in one status ({@code null}: all), sorted in the database by an allowed field (submission time otherwise). */
    List<IntakeDecisions.Row> applicationRows(
            long callId, ApplicationStatus status, int first, int size, String sortField, boolean ascending);

    long countApplications(long callId, ApplicationStatus status);

    /** The ids of every application of the call in that status ({@code null}: all), at most {@code max}. */
    List<Long> applicationIds(long callId, ApplicationStatus status, int max);

    /**
     * The export columns of the call's applications (title, organisation, focus area, status, wait-list position,
     * submitted, offer deadline), by submission; {@code only}: just those ids ({@code null}: all).
     */
    List<Object[]> exportRows(long callId, java.util.Collection<Long> only);

    /** The evaluation rounds of a programme key, in opening order. */
    List<EvaluationRound> roundsOf(String programmeKey);

    /** The latest round of the programme other than {@code exceptRoundId} with advancement decisions, if any. */
    Long lastDecidedRound(String programmeKey, long exceptRoundId);

    /** The subjects advanced by a round's decisions. */
    Set<Long> advancedIn(long roundId);

    /** Organisations whose search key contains {@code key}, by name. */
    List<Organisation> organisationsMatching(String key, int max);

    /** The organisation's current founders, legal representatives and managers (user ids). */
    List<Long> recordKeepers(long organisationId);
}
