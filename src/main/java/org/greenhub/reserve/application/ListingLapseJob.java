package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.persistence.ClusterLock;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * Lapses listings at the end of their validity and mails the owners. Safe on several nodes: a run holds an advisory
 * lock and claims the rows it changes, and a lapsed project is no longer LISTED, so a second run finds nothing left.
 * Each project's days are its call's, so a listing lapses when its last valid day has ended in the call's zone.
 */
@ApplicationScoped
public class ListingLapseJob {

    public static final int BATCH = 500;

    @Inject
    ReserveRepository reserve;

    @Inject
    ClusterLock lock;

    @Inject
    ReserveMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One batch as of now; returns how many listings lapsed (a full batch means there may be more). */
    @Transactional
    public int run() {
        return lapseAsOf(Instant.now(clock));
    }

    /** One batch as of that instant (the scheduler's now; a test's fixed time). */
    @Transactional
    public int lapseAsOf(Instant now) {
        lock.acquireForTransaction("greenhub.reserve.lapse");
        // the earliest zone's day: a listing is a candidate once its last day has ended anywhere; each is then
        // checked against its own call's day
        LocalDate earliest = LocalDate.ofInstant(now, ZoneOffset.ofHours(14));
        List<ReserveProject> candidates = reserve.listedEndedBefore(earliest, BATCH);
        Map<Long, ReserveCall> calls = new HashMap<>();
        int lapsed = 0;
        for (ReserveProject project : candidates) {
            ReserveCall call = calls.computeIfAbsent(
                    project.getCallId(), id -> reserve.findCall(id).orElseThrow());
            Map<String, Object> before = ListingDecisions.snapshot(project);
            if (project.lapseIfEnded(LocalDate.ofInstant(now, call.zone()))) {
                audit.record(
                        "RESERVE_PROJECT_LAPSED",
                        "ReserveProject",
                        project.getId(),
                        before,
                        ListingDecisions.snapshot(project),
                        "lapse job");
                mails.decision(project, call, "lapsed");
                lapsed++;
            }
        }
        return lapsed;
    }
}
