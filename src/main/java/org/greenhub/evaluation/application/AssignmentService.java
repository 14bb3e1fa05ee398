package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.AssignmentRepository;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.assignment.AssignmentPlanner;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;

/**
 * Who scores what in a round: automatic plans (preview, apply), adjustments by hand, publication, and a judge's
 * withdrawal. Conflicted judges are never assigned, and judges see their assignments only once published.
 */
@ApplicationScoped
public class AssignmentService {

    @Inject
    RoundRepository rounds;

    @Inject
    AssignmentRepository assignmentStore;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    ConflictDetector detector;

    @Inject
    AssignmentSettingQueries settingQueries;

    @Inject
    AssignmentMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(AssignmentService.class.getName());

    private final AssignmentPlanner planner = new AssignmentPlanner();

    /** The plan automatic assignment would store, without storing it. {@code seed} null: the round's seed. */
    public AssignmentPlan preview(long roundId, Long seed) {
        Phases phases = new Phases();
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        phases.done("round");
        Setting setting = new Setting(roundId, phases);
        List<AssignmentPlanner.Pair> kept = manualKept(round, setting);
        phases.done("manual");
        AssignmentPlan plan =
                planner.plan(setting.request(round, seed == null ? round.getAssignmentSeed() : seed, kept));
        phases.done("plan");
        phases.log("preview", roundId);
        return plan;
    }

    /**
     * Stores the plan for the seed as AUTO assignments, replacing the previous AUTO ones; manual ones stay and count.
     * Only before publication: afterwards, changes go by hand or through a withdrawal, so judges are not reshuffled.
     */
    @Transactional
    public AssignmentPlan apply(long roundId, long seed) {
        Phases phases = new Phases();
        managerAccess.requireRound(roundId);
        return applyTo(round(roundId), seed, phases);
    }

    /**
     * {@link #apply} for a caller whose {@code If-Match} names the version of the round it saw (the API): checked here,
     * in the transaction that replaces the assignments, after the access check (so others hear "not found" first);
     * 428 without it, 412 when the round has changed since. The round's version goes up with the assignments, so a
     * second apply with the same tag is refused too. {@code seed} null: the round's seed.
     */
    @Transactional
    public AssignmentPlan applySeen(long roundId, Long seed, IfMatch seen) {
        Phases phases = new Phases();
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        seen.require(VersionTag.of(roundId, round.getVersion()));
        AssignmentPlan plan = applyTo(round, seed == null ? round.getAssignmentSeed() : seed, phases);
        rounds.changedWith(round);
        return plan;
    }

    private AssignmentPlan applyTo(EvaluationRound round, long seed, Phases phases) {
        long roundId = round.getId();
        if (round.isAssignmentsPublished()) {
            throw DomainException.conflict(null, "evaluation.assignment.alreadyPublished");
        }
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        phases.done("round");
        Setting setting = new Setting(roundId, phases);
        List<AssignmentPlanner.Pair> kept = manualKept(round, setting);
        phases.done("manual");
        AssignmentPlan plan = planner.plan(setting.request(round, seed, kept));
        phases.done("plan");
        int replaced = assignmentStore.removeAutomatic(roundId);
        phases.done("remove");
        round.reseed(seed);
        Instant now = Instant.now(clock);
        // in one statement (the rows are not needed as entities here): thousands of single inserts took seconds
        List<AssignmentRepository.NewAssignment> rows =
                new ArrayList<>(plan.planned().size());
        for (AssignmentPlanner.Pair pair : plan.planned()) {
            rows.add(new AssignmentRepository.NewAssignment(pair.subjectId(), pair.judgeId(), setting.panelFor(pair)));
        }
        assignmentStore.addAll(roundId, Assignment.Source.AUTO, now, rows);
        phases.done("store");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("seed", seed);
        after.put("assignments", plan.planned().size());
        after.put("loads", plan.loads());
        audit.record(
                "ASSIGNMENTS_APPLIED",
                "EvaluationRound",
                roundId,
                Map.of("autoAssignmentsReplaced", replaced),
                after,
                null);
        phases.done("audit");
        phases.log("apply", roundId);
        return plan;
    }

    /** A manager assigns a judge by hand: the judge must be allowed to judge and not conflicted with the subject. */
    @Transactional
    public Assignment assignManually(long roundId, long subjectId, long judgeId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        EvaluationSubject subject = entrySubject(roundId, subjectId);
        UserAccount judge = accounts.find(judgeId).orElseThrow(DomainException::notFound);
        if (!judge.hasRole(Role.JUDGE)) {
            throw DomainException.invalid("judge", "evaluation.setup.notAJudge", judge.getDisplayName());
        }
        Conflicts conflicts = detector.among(
                roundId,
                List.of(judgeId),
                List.of(new Conflicts.Subject(
                        subjectId, subject.getOrganisation().getId())));
        if (conflicts.conflicted(judgeId, subjectId)) {
            throw DomainException.conflict(
                    "judge", "evaluation.assignment.judgeConflicted", judge.getDisplayName(), subject.getReference());
        }
        if (find(roundId, subjectId, judgeId) != null) {
            throw DomainException.conflict(
                    "judge", "evaluation.assignment.alreadyAssigned", judge.getDisplayName(), subject.getReference());
        }
        Panel panel = panels(roundId).stream()
                .filter(p -> p.covers(subject) && p.getJudges().contains(judge))
                .findFirst()
                .orElse(null);
        Assignment assignment =
                new Assignment(round, subject, judge, panel, Assignment.Source.MANUAL, Instant.now(clock));
        assignmentStore.add(assignment);
        try {
            // A double click arrives as two requests: the second meets the unique key, which means "already assigned".
            assignmentStore.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (JudgeScoring.lostRace(e)) {
                throw DomainException.conflict(
                        "judge",
                        "evaluation.assignment.alreadyAssigned",
                        judge.getDisplayName(),
                        subject.getReference());
            }
            throw e;
        }
        audit.record(
                "ASSIGNMENT_ADDED",
                "EvaluationRound",
                roundId,
                null,
                Map.of(
                        "subject",
                        subject.getReference(),
                        "judge",
                        judge.getEmail(),
                        "source",
                        Assignment.Source.MANUAL),
                null);
        if (round.isAssignmentsPublished()) {
            mails.newAssignments(judge, round, 1);
        }
        return assignment;
    }

    @Transactional
    public void unassign(long roundId, long subjectId, long judgeId) {
        managerAccess.requireRound(roundId);
        Assignment assignment = find(roundId, subjectId, judgeId);
        if (assignment == null) {
            throw DomainException.notFound();
        }
        assignmentStore.remove(assignment);
        audit.record(
                "ASSIGNMENT_REMOVED",
                "EvaluationRound",
                roundId,
                Map.of(
                        "subject",
                        assignment.getSubject().getReference(),
                        "judge",
                        assignment.getJudge().getEmail(),
                        "source",
                        assignment.getSource()),
                null,
                null);
    }

    /** Makes the round's assignments visible to its judges and mails each of them, in their language. */
    @Transactional
    public void publish(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.isAssignmentsPublished()) {
            throw DomainException.conflict(null, "evaluation.assignment.alreadyPublished");
        }
        List<Assignment> assignments = assignmentsOf(roundId);
        if (assignments.isEmpty()) {
            throw DomainException.conflict(null, "evaluation.assignment.nothingToPublish");
        }
        round.publishAssignments();
        Map<UserAccount, Long> perJudge = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getJudge, LinkedHashMap::new, Collectors.counting()));
        perJudge.forEach((judge, count) -> mails.newAssignments(judge, round, count.intValue()));
        audit.record(
                "ASSIGNMENTS_PUBLISHED",
                "EvaluationRound",
                roundId,
                null,
                Map.of("assignments", assignments.size(), "judges", perJudge.size()),
                null);
    }

    /**
     * A judge leaves the round: off its panels, and each subject they held goes to another eligible judge. Nobody
     * else's assignments move. Refused as a whole when some subject would be left without enough judges.
     */
    @Transactional
    public AssignmentPlanner.Replacement withdrawJudge(long roundId, long judgeId, String reason) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw DomainException.conflict(null, "evaluation.setup.roundClosed");
        }
        UserAccount judge = accounts.find(judgeId).orElseThrow(DomainException::notFound);
        Setting setting = new Setting(roundId, new Phases());
        List<Assignment> current = assignmentsOf(roundId);
        // every subject to reassign is one the judge held, so it is among the current assignments' subjects
        Map<Long, EvaluationSubject> heldSubjects = new HashMap<>();
        current.forEach(a -> heldSubjects.put(a.getSubject().getId(), a.getSubject()));
        Map<Long, Panel> panels = panels(roundId).stream().collect(Collectors.toMap(Panel::getId, p -> p));
        List<AssignmentPlanner.Pair> pairs = current.stream()
                .map(a -> new AssignmentPlanner.Pair(
                        a.getSubject().getId(), a.getJudge().getId()))
                .toList();
        AssignmentPlanner.Replacement replacement =
                planner.replaceWithdrawn(setting.request(round, round.getAssignmentSeed(), List.of()), pairs, judgeId);

        current.stream().filter(a -> a.getJudge().getId() == judgeId).forEach(assignmentStore::remove);
        assignmentStore.flush();
        Instant now = Instant.now(clock);
        Map<Long, Integer> newPerJudge = new TreeMap<>();
        for (AssignmentPlanner.Pair pair : replacement.added()) {
            Long panelId = setting.panelFor(pair);
            assignmentStore.add(new Assignment(
                    round,
                    heldSubjects.get(pair.subjectId()),
                    assignmentStore.judgeReference(pair.judgeId()),
                    panelId == null ? null : panels.get(panelId),
                    Assignment.Source.AUTO,
                    now));
            newPerJudge.merge(pair.judgeId(), 1, Integer::sum);
        }
        for (Panel panel : panels.values()) {
            panel.removeJudge(judge);
        }
        if (round.isAssignmentsPublished()) {
            newPerJudge.forEach(
                    (id, count) -> mails.newAssignments(accounts.find(id).orElseThrow(), round, count));
        }
        audit.record(
                "JUDGE_WITHDRAWN",
                "EvaluationRound",
                roundId,
                Map.of("judge", judge.getEmail(), "held", replacement.removed().size()),
                Map.of("reassignedTo", newPerJudge),
                reason == null || reason.isBlank() ? null : reason.strip());
        return replacement;
    }

    /** Every assignment of the round, for the manager's lists. */
    public List<Assignment> assignments(long roundId) {
        managerAccess.requireRound(roundId);
        round(roundId);
        return assignmentsOf(roundId);
    }

    /**
     * What a judge may work on: assignments of rounds whose assignments are published, minus any the judge is now
     * conflicted with (declared after assignment, say). The judge themself, or a manager, may ask.
     */
    public List<Assignment> publishedAssignmentsOf(long judgeId) {
        UserAccount user = currentUser.require();
        if (!user.getId().equals(judgeId) && !ManagerAccess.isManager(user)) {
            throw DomainException.notFound();
        }
        List<Assignment> published = assignmentStore.publishedOf(judgeId);
        Map<Long, List<Assignment>> byRound = published.stream()
                .collect(Collectors.groupingBy(a -> a.getRound().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Assignment> visible = new ArrayList<>();
        byRound.forEach((roundId, assignments) -> {
            Conflicts conflicts = detector.among(
                    roundId,
                    List.of(judgeId),
                    assignments.stream()
                            .map(a -> new Conflicts.Subject(
                                    a.getSubject().getId(),
                                    a.getSubject().getOrganisation().getId()))
                            .toList());
            assignments.stream()
                    .filter(a -> !conflicts.conflicted(judgeId, a.getSubject().getId()))
                    .forEach(visible::add);
        });
        return visible;
    }

    // ----------------------------------------------------------------------------------------------------------------

    /**
     * What planning a round needs, loaded as rows in a fixed number of queries (ids, references, tracks, groups,
     * organisations; no entities), and the conflicts among them.
     */
    private final class Setting {
        final Map<Long, AssignmentSettingQueries.SubjectRow> subjects = new TreeMap<>();
        final List<AssignmentSettingQueries.PanelRow> panels;
        /** Asked once per planned pair: a set per panel, not a walk over its judges each time. */
        final Map<Long, Set<Long>> judgesByPanel = new HashMap<>();

        final Map<Long, Set<Long>> eligible = new HashMap<>();
        final Conflicts conflicts;

        Setting(long roundId, Phases phases) {
            settingQueries.subjects(roundId).forEach(s -> subjects.put(s.id(), s));
            panels = settingQueries.panels(roundId);
            panels.forEach(p -> judgesByPanel.put(p.id(), new HashSet<>()));
            settingQueries
                    .panelJudges(roundId)
                    .forEach(row -> judgesByPanel.get(row.panelId()).add(row.judgeId()));
            Set<Long> judgeRole = settingQueries.panelJudgesWithJudgeRole(roundId);
            phases.done("setting");
            conflicts = detector.amongPanelsOf(
                    roundId,
                    subjects.values().stream()
                            .map(s -> new Conflicts.Subject(s.id(), s.organisationId()))
                            .toList());
            phases.done("conflicts");
            for (AssignmentSettingQueries.SubjectRow subject : subjects.values()) {
                Set<Long> allowed = new HashSet<>();
                for (AssignmentSettingQueries.PanelRow panel : panels) {
                    if (covers(panel, subject)) {
                        for (long judge : judgesByPanel.get(panel.id())) {
                            if (judgeRole.contains(judge) && !conflicts.conflicted(judge, subject.id())) {
                                allowed.add(judge);
                            }
                        }
                    }
                }
                eligible.put(subject.id(), allowed);
            }
            phases.done("eligibility");
        }

        AssignmentPlanner.Request request(EvaluationRound round, long seed, List<AssignmentPlanner.Pair> kept) {
            List<AssignmentPlanner.Subject> toCover = subjects.values().stream()
                    .map(s -> new AssignmentPlanner.Subject(
                            s.id(), s.reference(), s.track(), s.groupName(), eligible.get(s.id())))
                    .toList();
            return new AssignmentPlanner.Request(
                    toCover, round.getJudgesPerEntry(), round.getMaxLoadPerJudge(), seed, kept);
        }

        /** The id of the first panel (oldest) that covers the subject and has the judge; null when none does. */
        Long panelFor(AssignmentPlanner.Pair pair) {
            AssignmentSettingQueries.SubjectRow subject = subjects.get(pair.subjectId());
            for (AssignmentSettingQueries.PanelRow panel : panels) {
                if (covers(panel, subject) && judgesByPanel.get(panel.id()).contains(pair.judgeId())) {
                    return panel.id();
                }
            }
            return null;
        }
    }

    private static boolean covers(
            AssignmentSettingQueries.PanelRow panel, AssignmentSettingQueries.SubjectRow subject) {
        return Panel.covers(panel.track(), panel.groupName(), subject.track(), subject.groupName());
    }

    /**
     * How long each step of one call took, logged at FINE (issue 17 asked where the time of automatic assignment
     * goes before changing it; turn the logger on to see the split again).
     */
    private static final class Phases {
        private long last = System.nanoTime();
        private final long started = last;
        private final StringJoiner steps = new StringJoiner(", ");

        void done(String step) {
            long now = System.nanoTime();
            steps.add(String.format(Locale.ROOT, "%s %.1f ms", step, (now - last) / 1e6));
            last = now;
        }

        void log(String call, long roundId) {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(String.format(
                        Locale.ROOT,
                        "Assignment %s, round %d: %.1f ms (%s)",
                        call,
                        roundId,
                        (last - started) / 1e6,
                        steps));
            }
        }
    }

    /** Manual assignments stay through automatic planning, unless the judge has become conflicted since. */
    private List<AssignmentPlanner.Pair> manualKept(EvaluationRound round, Setting setting) {
        return assignmentStore.manualPairs(round.getId()).stream()
                .map(row -> new AssignmentPlanner.Pair(row[0], row[1]))
                .filter(p -> !setting.conflicts.conflicted(p.judgeId(), p.subjectId()))
                .toList();
    }

    private List<Assignment> assignmentsOf(long roundId) {
        return assignmentStore.ofRound(roundId);
    }

    private List<Panel> panels(long roundId) {
        return rounds.panels(roundId);
    }

    private Assignment find(long roundId, long subjectId, long judgeId) {
        return assignmentStore.find(roundId, subjectId, judgeId).orElse(null);
    }

    private EvaluationSubject entrySubject(long roundId, long subjectId) {
        return rounds.subjectIn(roundId, subjectId).orElseThrow(DomainException::notFound);
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }
}
