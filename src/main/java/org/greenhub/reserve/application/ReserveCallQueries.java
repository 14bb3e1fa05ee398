package org.greenhub.reserve.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;

/**
 * What the reserve managers' pages read of calls and their projects, paged and counted in the database. Drafts are
 * the owners' alone and never appear here. Callers have checked the manager's access to the call.
 */
public interface ReserveCallQueries {

    /** One call in the manager's list, with its projects counted by where they stand. */
    record CallLine(
            long id,
            LocalisedName name,
            LocalDate opensOn,
            LocalDate closesOn,
            String timeZone,
            long submitted,
            long inReview,
            long listed)
            implements Serializable {}

    /** One project of a call, as the call page lists it. */
    record ProjectLine(
            long id,
            String title,
            String organisation,
            GreenCategory category,
            ProjectStatus status,
            Instant submittedAt,
            Grade grade,
            LocalDate listedUntil,
            int flags)
            implements Serializable {}

    /** The calls with these ids, newest first. */
    List<CallLine> calls(Collection<Long> ids);

    /** The call's projects by status (drafts left out); a status with none is absent. */
    Map<ProjectStatus, Long> statusCounts(long callId);

    /** One page of the call's projects ({@code status} null: every status but drafts), sorted by a column. */
    List<ProjectLine> projects(
            long callId, ProjectStatus status, int first, int size, String sortField, boolean ascending);

    long countProjects(long callId, ProjectStatus status);

    /** A project of one of a manager's calls, as the managers' API lists those awaiting their review. */
    record QueuedLine(
            long id,
            long callId,
            LocalisedName call,
            String title,
            String organisation,
            GreenCategory category,
            ProjectStage stage,
            ProjectStatus status,
            Instant submittedAt,
            Grade grade,
            int flags)
            implements Serializable {}

    /**
     * One page of the projects of these calls ({@code callIds} null: every call) in these statuses (never drafts),
     * of one project stage when {@code stage} is given, the longest waiting first.
     */
    List<QueuedLine> queued(
            Collection<Long> callIds, Collection<ProjectStatus> statuses, ProjectStage stage, int first, int size);

    long countQueued(Collection<Long> callIds, Collection<ProjectStatus> statuses, ProjectStage stage);
}
