package org.greenhub.publication.application;

import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;

/** What certificates and transparency packs read from the programmes' records, and publication's own secret. */
public interface PublicationQueries {

    /** The edition whose competition round is the evaluation round, if any. */
    Optional<Long> competitionOfEvaluationRound(long evaluationRoundId);

    /** The judges assigned in the round: id, e-mail, display name. */
    List<Object[]> judgesOf(long evaluationRoundId);

    /** Standing (not revoked) awards of the result: entry reference, tier, awardee. */
    List<Object[]> standingAwardsByReference(long resultId);

    /** The person who created the awarded entry (their language is the certificate's default). */
    Optional<UserAccount> entrantOfAward(long awardId);

    /** The key judges' pseudonyms are derived with (hex, ASCII). */
    String judgePseudonymSecret();
}
