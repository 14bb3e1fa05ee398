package org.greenhub.reserve.domain;

import java.util.List;

/** Financing parts and yearly results of listed projects, and the managers named on a call. */
public interface FinancingRepository {

    /** Stores a new part and gives it its id. */
    void add(Financing financing);

    /** A project's parts, oldest day first. */
    List<Financing> financings(long projectId);

    /** Stores a year's results; a second report of the same year loses the race on the unique key. */
    void add(ProjectResult result);

    /** A project's results, by year. */
    List<ProjectResult> results(long projectId);

    /** Whether the user is named as a reserve manager of the call. */
    boolean managesCall(long callId, long userId);

    void addCallManager(long callId, long userId);

    /**
     * Marks the reminder for a project's year as sent; false when it was marked already (by another node or run), so
     * each reminder goes once.
     */
    boolean markReminded(long projectId, int year, java.time.Instant now);
}
