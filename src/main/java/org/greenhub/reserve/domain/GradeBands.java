package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.greenhub.platform.error.DomainException;

/**
 * A call's score bands, declared before review: a reviewed project's final score at or above {@code minimumA} lists
 * it as A, and so on down to C; below {@code minimumC} it has no grade and can be returned or rejected, not listed.
 * The bands are strictly ordered, so every score has one grade at most.
 */
public record GradeBands(BigDecimal minimumA, BigDecimal minimumB, BigDecimal minimumC) implements Serializable {

    public GradeBands {
        if (minimumA == null || minimumB == null || minimumC == null) {
            throw DomainException.invalid("gradeBands", "reserve.call.bandsRequired");
        }
        if (minimumC.signum() < 0) {
            throw DomainException.invalid("minimumC", "reserve.call.bandNegative");
        }
        if (minimumB.compareTo(minimumC) <= 0) {
            throw DomainException.invalid("minimumB", "reserve.call.bandsOrdered");
        }
        if (minimumA.compareTo(minimumB) <= 0) {
            throw DomainException.invalid("minimumA", "reserve.call.bandsOrdered");
        }
    }

    public Optional<Grade> gradeFor(BigDecimal finalScore) {
        if (finalScore.compareTo(minimumA) >= 0) {
            return Optional.of(Grade.A);
        }
        if (finalScore.compareTo(minimumB) >= 0) {
            return Optional.of(Grade.B);
        }
        if (finalScore.compareTo(minimumC) >= 0) {
            return Optional.of(Grade.C);
        }
        return Optional.empty();
    }
}
