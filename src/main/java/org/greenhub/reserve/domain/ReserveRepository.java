package org.greenhub.reserve.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reserve's calls and the projects declared through them. */
public interface ReserveRepository {

    Optional<ReserveCall> findCall(long id);

    Optional<ReserveProject> findProject(long id);

    /** Stores a new call and gives it its id. */
    void add(ReserveCall call);

    /** Stores a new project and gives it its id. */
    void add(ReserveProject project);

    // review (issue 13): the managers' calls, the projects a review takes, the listings that lapse

    /** Whether that user is named a manager of the call (one statement, without loading the call). */
    boolean callManagedBy(long callId, long userId);

    /** The ids of the calls naming that user a manager ({@code null}: every call, for administrators). */
    List<Long> callIdsManagedBy(Long userId);

    /** The call's projects in that status, in the order they were submitted. */
    List<ReserveProject> projectsOfCall(long callId, ProjectStatus status);

    /** The project scored as that evaluation subject (in its review round or a renewal round). */
    Optional<ReserveProject> projectBySubject(long subjectId);

    /** Listed projects whose last valid day is before {@code today}, at most {@code limit}, locked for this run. */
    List<ReserveProject> listedEndedBefore(LocalDate today, int limit);

    /** Writes pending changes now, so that a changed project's version is the one an answer tags it with. */
    void flush();
}
