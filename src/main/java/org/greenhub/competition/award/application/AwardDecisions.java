package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greenhub.competition.application.CompetitionAccess;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;

/**
 * The award management page's decisions on an edition's award result through the API, by the page's own use case
 * ({@link AwardService}: the same rules, four eyes and audit). The API names the edition, not the result: an edition
 * the caller does not manage, or one without a result, is "not found". A decision on the result carries the result's
 * tag from {@code If-Match}, checked in the transaction that makes the change; so does a decision on an objection, with
 * the objection's tag (an objection to another edition's awards is "not found").
 */
@ApplicationScoped
public class AwardDecisions {

    /** The result after a decision, with the tag the next decision must send back. */
    public record Decided(CompetitionAwards.AwardResultState state, String etag) {}

    /** What the award page's decision on an objection offers: dismiss it, or uphold it by revising or revoking. */
    public enum Decision {
        DISMISS,
        REVISE,
        REVOKE
    }

    /** An objection as the managers' page lists it, with the tag a decision on it sends back. */
    public record ObjectionItem(AwardQueries.ObjectionLine objection, String etag) {}

    /** The findings of a manager's investigation into an objection. */
    public record Investigation(String findings) {}

    /** A decision on an investigated objection: its reason, and for REVISE the award's new tier. */
    public record ObjectionDecision(String decision, AwardTierCode newTier, String reason) {}

    @Inject
    AwardService service;

    @Inject
    AwardQueries queries;

    @Inject
    AwardRepository store;

    @Inject
    CompetitionAccess access;

    @Inject
    Clock clock;

    /** Proposes the awards from the last round's ranking and the tiers, as the page's "propose" does. */
    @Transactional
    public Decided propose(long competitionId) {
        access.managedCompetition(competitionId);
        long resultId = service.propose(competitionId);
        store.flush();
        return decided(store.findResult(resultId).orElseThrow());
    }

    /** Approves the proposal (a manager other than its proposer). */
    @Transactional
    public Decided approve(long competitionId, IfMatch seen) {
        AwardResult result = matchingResult(competitionId, seen);
        service.approve(result.getId());
        store.flush();
        return decided(result);
    }

    /** Publishes the approved result: the notice period starts and the edition enters it. */
    @Transactional
    public Decided publish(long competitionId, IfMatch seen) {
        AwardResult result = matchingResult(competitionId, seen);
        service.publish(result.getId());
        store.flush();
        return decided(result);
    }

    /** Discards a proposal not yet published, so that it may be proposed again. */
    @Transactional
    public void discard(long competitionId, IfMatch seen) {
        service.discard(matchingResult(competitionId, seen).getId());
    }

    /** The objections to the edition's published awards, as the award page lists them (few per edition). */
    @Transactional
    public List<ObjectionItem> objections(long competitionId) {
        AwardResult result = managedResult(competitionId);
        return queries.objections(result.getId()).stream()
                .map(line -> new ObjectionItem(
                        line, tagOf(store.findObjection(line.id()).orElseThrow())))
                .toList();
    }

    /** Records a manager's investigation into an objection, as the page does (it must come before a decision). */
    @Transactional
    public ObjectionItem investigate(long competitionId, long objectionId, IfMatch seen, Investigation body) {
        AwardObjection objection = matchingObjection(competitionId, objectionId, seen);
        service.recordInvestigation(objectionId, body == null ? null : body.findings());
        return item(competitionId, objection);
    }

    /** Decides an investigated objection as the page does: dismissed, or upheld by revising or revoking the award. */
    @Transactional
    public ObjectionItem decide(long competitionId, long objectionId, IfMatch seen, ObjectionDecision body) {
        AwardObjection objection = matchingObjection(competitionId, objectionId, seen);
        String reason = body == null ? null : body.reason();
        switch (decision(body == null ? null : body.decision())) {
            case DISMISS -> service.dismiss(objectionId, reason);
            case REVISE -> service.uphold(objectionId, AwardChangeKind.REVISED, body.newTier(), reason);
            case REVOKE -> service.uphold(objectionId, AwardChangeKind.REVOKED, null, reason);
        }
        return item(competitionId, objection);
    }

    private static Decision decision(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("decision", "award.manage.decisionRequired");
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Decision.values())
                .filter(d -> d.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "decision",
                        "award.api.decisionUnknown",
                        value,
                        Arrays.stream(Decision.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private ObjectionItem item(long competitionId, AwardObjection objection) {
        store.flush();
        return objections(competitionId).stream()
                .filter(i -> i.objection().id() == objection.getId())
                .findFirst()
                .orElseThrow();
    }

    /**
     * An objection to this edition's result, if {@code seen} (the caller's {@code If-Match}) names its version; any
     * other is "not found".
     */
    private AwardObjection matchingObjection(long competitionId, long objectionId, IfMatch seen) {
        AwardResult result = managedResult(competitionId);
        AwardObjection objection = store.findObjection(objectionId)
                .filter(o -> store.find(o.getAwardId())
                        .map(award -> award.getResultId() == result.getId())
                        .orElse(false))
                .orElseThrow(DomainException::notFound);
        seen.require(tagOf(objection));
        return objection;
    }

    private static String tagOf(AwardObjection objection) {
        return VersionTag.of(objection.getId(), objection.getVersion());
    }

    private AwardResult matchingResult(long competitionId, IfMatch seen) {
        AwardResult result = managedResult(competitionId);
        seen.require(tagOf(result));
        return result;
    }

    private AwardResult managedResult(long competitionId) {
        access.managedCompetition(competitionId);
        return store.resultOf(competitionId).orElseThrow(DomainException::notFound);
    }

    private static String tagOf(AwardResult result) {
        return VersionTag.of(result.getId(), result.getVersion());
    }

    private Decided decided(AwardResult result) {
        long open = store.openObjections(result.getId());
        return new Decided(
                new CompetitionAwards.AwardResultState(
                        result.getId(),
                        result.getStatus(),
                        result.isFinalAt(Instant.now(clock), open),
                        result.getPublishedAt(),
                        result.getNoticeEndsAt(),
                        open),
                tagOf(result));
    }
}
