package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

/**
 * A call's review through the evaluation engine, as competitions run theirs (programme key "reserve:&lt;id&gt;"):
 * the manager adds the call's round, which gets a rubric with the reserve's criteria and declared rules (both
 * editable on the engine's round page, where panels, conflicts, assignment, scores, results, sensitivity and the
 * transparency pack live); starting review makes every submitted project a subject of that round and moves it to
 * IN_REVIEW. The round's result proposes each project's grade through the call's score bands.
 */
@ApplicationScoped
public class ReserveReview {

    /** The reserve's criteria and weights: the benefit first, since that is what the reserve exists to find. */
    static final Map<String, Integer> DEFAULT_CRITERIA = new LinkedHashMap<>();

    static {
        DEFAULT_CRITERIA.put("benefit", 30);
        DEFAULT_CRITERIA.put("feasibility", 25);
        DEFAULT_CRITERIA.put("financing", 20);
        DEFAULT_CRITERIA.put("maturity", 15);
        DEFAULT_CRITERIA.put("evidence", 10);
    }

    @Inject
    ReserveRepository reserve;

    @Inject
    ReserveCallAccess access;

    @Inject
    RoundSetupService setup;

    @Inject
    SubjectRegistry registry;

    @Inject
    RoundResultsService results;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    /** Creates the call's review round with the reserve's rubric; a call has one round. Returns its id. */
    @Transactional
    public long addRound(long callId, String name, Instant opensAt, Instant closesAt, int judgesPerProject) {
        ReserveCall call = access.managedCall(callId);
        if (call.getEvaluationRoundId() != null) {
            throw DomainException.conflict(null, "reserve.review.round.exists");
        }
        EvaluationRound round = createRound(call, name, opensAt, closesAt, judgesPerProject);
        call.reviewIn(round.getId());
        audit.record(
                "RESERVE_REVIEW_ROUND_ADDED",
                "ReserveCall",
                callId,
                null,
                Map.of("evaluationRound", round.getId(), "name", name),
                null);
        return round.getId();
    }

    /**
     * Creates a round in which the call's renewals are reviewed, with the same rubric as the call's review; renewals
     * requested from then on are scored there (an earlier renewal round keeps what it scored). Returns its id.
     */
    @Transactional
    public long addRenewalRound(long callId, String name, Instant opensAt, Instant closesAt, int judgesPerProject) {
        ReserveCall call = access.managedCall(callId);
        EvaluationRound round = createRound(call, name, opensAt, closesAt, judgesPerProject);
        call.reviewRenewalsIn(round.getId());
        audit.record(
                "RESERVE_RENEWAL_ROUND_ADDED",
                "ReserveCall",
                callId,
                null,
                Map.of("evaluationRound", round.getId(), "name", name),
                null);
        return round.getId();
    }

    /**
     * Moves every project of the call whose owner asked for a renewal into the call's renewal round, each as a new
     * subject there (its first review's scores stay in the first round). Returns how many moved.
     */
    @Transactional
    public int startRenewalReview(long callId) {
        ReserveCall call = access.managedCall(callId);
        if (call.getRenewalRoundId() == null) {
            throw DomainException.conflict(null, "reserve.renewal.roundMissing");
        }
        List<ReserveProject> requested = new ArrayList<>();
        for (ProjectStatus status : List.of(ProjectStatus.LISTED, ProjectStatus.LAPSED)) {
            reserve.projectsOfCall(callId, status).stream()
                    .filter(ReserveProject::awaitsRenewalReview)
                    .forEach(requested::add);
        }
        if (requested.isEmpty()) {
            throw DomainException.conflict(null, "reserve.renewal.nothingRequested");
        }
        List<Long> subjects = new ArrayList<>();
        for (ReserveProject project : requested) {
            EvaluationSubject subject = registry.register(
                    call.programmeKey(),
                    // one subject per renewal: the listing's first day tells renewals of the same project apart
                    "R-" + project.getId() + "-renewal-" + project.getValidity().since(),
                    project.getTitle(),
                    project.getOrganisationId(),
                    project.getCategory().name(),
                    null);
            project.startRenewalReview(call.getRenewalRoundId(), subject.getId());
            subjects.add(subject.getId());
        }
        setup.addSubjects(call.getRenewalRoundId(), subjects);
        audit.record(
                "RESERVE_RENEWAL_REVIEW_STARTED",
                "ReserveCall",
                callId,
                null,
                Map.of("round", call.getRenewalRoundId(), "projects", requested.size()),
                null);
        return requested.size();
    }

    /** The renewal review's result for the project and the grade the call's bands give it; empty before any sheet. */
    public Optional<Proposal> renewalProposal(ReserveCall call, ReserveProject project) {
        if (project.getRenewalRoundId() == null || project.getRenewalSubjectId() == null) {
            return Optional.empty();
        }
        return proposal(call, project.getRenewalRoundId(), project.getRenewalSubjectId());
    }

    private EvaluationRound createRound(
            ReserveCall call, String name, Instant opensAt, Instant closesAt, int judgesPerProject) {
        if (opensAt == null || closesAt == null) {
            throw DomainException.invalid(
                    opensAt == null ? "roundOpens" : "roundCloses", "platform.validation.required");
        }
        List<RoundSetupService.CriterionDraft> criteria =
                RoundSetupService.CriterionDraft.tenPointScale(DEFAULT_CRITERIA, "reserve.review.criterion.", messages);
        // the threshold is the lowest band, so the engine's "advanced" reads as "reached a grade" (capped at the
        // engine's 0-100 scale)
        BigDecimal threshold = call.bands().minimumC().min(BigDecimal.valueOf(100));
        RoundRules rules = new RoundRules(
                name,
                Math.max(1, judgesPerProject),
                null,
                opensAt,
                closesAt,
                false,
                ScoreVisibility.AFTER_ROUND_CLOSES,
                AggregationMethod.MEAN,
                1,
                null,
                AdvancementRule.THRESHOLD,
                AdvancementScope.WHOLE_ROUND,
                null,
                threshold,
                List.of("benefit"));
        return setup.createRoundWithRubric(call.programmeKey(), name, criteria, rules);
    }

    /**
     * Moves every submitted project of the call into its round: each becomes an evaluation subject (once: a project
     * returned and submitted again keeps its subject) and is IN_REVIEW. Returns how many moved.
     */
    @Transactional
    public int startReview(long callId) {
        ReserveCall call = access.managedCall(callId);
        if (call.getEvaluationRoundId() == null) {
            throw DomainException.conflict(null, "reserve.review.round.missing");
        }
        List<ReserveProject> submitted = reserve.projectsOfCall(callId, ProjectStatus.SUBMITTED);
        if (submitted.isEmpty()) {
            throw DomainException.conflict(null, "reserve.review.nothingSubmitted");
        }
        List<Long> subjects = new ArrayList<>();
        for (ReserveProject project : submitted) {
            long subjectId;
            if (project.getEvaluationSubjectId() == null) {
                EvaluationSubject subject = registry.register(
                        call.programmeKey(),
                        "R-" + project.getId(),
                        project.getTitle(),
                        project.getOrganisationId(),
                        project.getCategory().name(),
                        null);
                subjectId = subject.getId();
                project.startReview(subjectId);
            } else {
                subjectId = project.getEvaluationSubjectId();
                project.startReview();
            }
            subjects.add(subjectId);
        }
        setup.addSubjects(call.getEvaluationRoundId(), subjects);
        audit.record(
                "RESERVE_REVIEW_STARTED",
                "ReserveCall",
                callId,
                null,
                Map.of("round", call.getEvaluationRoundId(), "projects", submitted.size()),
                null);
        return submitted.size();
    }

    /** The round's result for one project and the grade the call's bands give it; empty before any sheet. */
    public record Proposal(double score, int judges, Grade grade) implements java.io.Serializable {}

    /** Reads the round's result (the manager's access checked by the engine too) for the project's subject. */
    public Optional<Proposal> proposal(ReserveCall call, ReserveProject project) {
        if (call.getEvaluationRoundId() == null || project.getEvaluationSubjectId() == null) {
            return Optional.empty();
        }
        return proposal(call, call.getEvaluationRoundId(), project.getEvaluationSubjectId());
    }

    private Optional<Proposal> proposal(ReserveCall call, long roundId, long subjectId) {
        RoundResults round = results.results(roundId);
        return round.entries().stream()
                .filter(e -> e.subjectId() == subjectId)
                .findFirst()
                .map(e -> new Proposal(
                        e.score(),
                        e.judges(),
                        call.bands().gradeFor(BigDecimal.valueOf(e.score())).orElse(null)));
    }
}
