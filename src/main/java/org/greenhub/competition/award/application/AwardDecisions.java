package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.greenhub.competition.application.CompetitionAccess;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.error.DomainException;

/**
 * The award management page's decisions on an edition's award result through the API, by the page's own use case
 * ({@link AwardService}: the same rules, four eyes and audit). The API names the edition, not the result: an edition
 * the caller does not manage, or one without a result, is "not found". A decision on the result carries the result's
 * tag from {@code If-Match}, checked in the transaction that makes the change.
 */
@ApplicationScoped
public class AwardDecisions {

    /** The result after a decision, with the tag the next decision must send back. */
    public record Decided(CompetitionAwards.AwardResultState state, String etag) {}

    @Inject
    AwardService service;

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
    public Decided approve(long competitionId, String ifMatch) {
        AwardResult result = matchingResult(competitionId, ifMatch);
        service.approve(result.getId());
        store.flush();
        return decided(result);
    }

    /** Publishes the approved result: the notice period starts and the edition enters it. */
    @Transactional
    public Decided publish(long competitionId, String ifMatch) {
        AwardResult result = matchingResult(competitionId, ifMatch);
        service.publish(result.getId());
        store.flush();
        return decided(result);
    }

    /** Discards a proposal not yet published, so that it may be proposed again. */
    @Transactional
    public void discard(long competitionId, String ifMatch) {
        service.discard(matchingResult(competitionId, ifMatch).getId());
    }

    /** The tag of the edition's result for its managers; "not found" for others and before a proposal. */
    @Transactional
    public String tag(long competitionId) {
        return tagOf(managedResult(competitionId));
    }

    private AwardResult matchingResult(long competitionId, String ifMatch) {
        AwardResult result = managedResult(competitionId);
        EntityTags.requireMatch(ifMatch, tagOf(result));
        return result;
    }

    private AwardResult managedResult(long competitionId) {
        access.managedCompetition(competitionId);
        return store.resultOf(competitionId).orElseThrow(DomainException::notFound);
    }

    private static String tagOf(AwardResult result) {
        return EntityTags.of(result.getId(), result.getVersion());
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
