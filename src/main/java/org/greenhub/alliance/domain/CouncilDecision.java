package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.greenhub.platform.error.DomainException;

/**
 * A council vote: the date, votes for, against and abstaining. It binds only with a quorum: at least two thirds of
 * the council's seats voting. It carries when more voted for than against. Kept as it was taken on the membership
 * (its admission vote) and on each change a vote decided.
 */
@Embeddable
public record CouncilDecision(
        @Column(name = "council_decided_on") LocalDate decidedOn,
        @Column(name = "votes_for") int votesFor,
        @Column(name = "votes_against") int votesAgainst,
        @Column(name = "votes_abstaining") int abstaining)
        implements java.io.Serializable {

    public int voting() {
        return votesFor + votesAgainst + abstaining;
    }

    public boolean quorumMet(int councilSeats) {
        return voting() * 3 >= councilSeats * 2;
    }

    public boolean carried() {
        return votesFor > votesAgainst;
    }

    /** Refuses a decision that cannot be recorded: in the future, negative votes, more votes than seats, no quorum. */
    public void validate(int councilSeats, LocalDate today) {
        if (decidedOn == null) {
            throw DomainException.invalid("decidedOn", "platform.validation.required");
        }
        if (decidedOn.isAfter(today)) {
            throw DomainException.invalid("decidedOn", "alliance.council.dateInFuture");
        }
        if (votesFor < 0 || votesAgainst < 0 || abstaining < 0) {
            throw DomainException.invalid("votesFor", "alliance.council.negativeVotes");
        }
        if (voting() > councilSeats) {
            throw DomainException.invalid("votesFor", "alliance.council.tooManyVotes", voting(), councilSeats);
        }
        if (!quorumMet(councilSeats)) {
            throw DomainException.invalid(
                    "votesFor", "alliance.council.noQuorum", voting(), councilSeats, minimumVoting(councilSeats));
        }
    }

    public static int minimumVoting(int councilSeats) {
        return (councilSeats * 2 + 2) / 3;
    }
}
