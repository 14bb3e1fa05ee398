package org.greenhub.competition.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic eligibility rules as a pure function of the facts about an entry: each rule passes or fails with a
 * reason (message key and arguments) the applicant can read. The defaults follow practice seen in public competition
 * rules (DOMAIN.md); every threshold comes from the edition.
 */
public final class EligibilityRules {

    /** Everything the rules look at. {@code earlierPrize}: "FIRST 2025" of an earlier edition, or null. */
    public record Facts(
            CompetitionGroup group,
            LocalDate foundingDate,
            LocalDate startupFoundedOnOrAfter,
            BigDecimal revenuePreviousYear,
            BigDecimal revenueCap,
            boolean ipDeclared,
            AwardTierCode earlierPrize,
            String earlierPrizeEdition,
            long awardsOverEditions,
            Integer maxAwards,
            String sector,
            String restrictedActivity) {}

    /** One rule's outcome. */
    public record Result(EligibilityRule rule, boolean passed, String reasonKey, String... args) {}

    private EligibilityRules() {}

    public static List<Result> evaluate(Facts f) {
        List<Result> results = new ArrayList<>();
        results.add(founding(f));
        results.add(revenue(f));
        results.add(
                f.ipDeclared()
                        ? new Result(EligibilityRule.IP_OWNERSHIP, true, "competition.eligibility.ip.declared")
                        : new Result(EligibilityRule.IP_OWNERSHIP, false, "competition.eligibility.ip.missing"));
        results.add(
                f.earlierPrize() == null
                        ? new Result(
                                EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES, true, "competition.eligibility.prize.none")
                        : new Result(
                                EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES,
                                false,
                                "competition.eligibility.prize.won",
                                f.earlierPrize().name(),
                                f.earlierPrizeEdition()));
        results.add(awards(f));
        results.add(
                f.restrictedActivity() == null
                        ? new Result(EligibilityRule.SECTOR_NOT_RESTRICTED, true, "competition.eligibility.sector.ok")
                        : new Result(
                                EligibilityRule.SECTOR_NOT_RESTRICTED,
                                false,
                                "competition.eligibility.sector.restricted",
                                f.sector() == null ? "" : f.sector(),
                                f.restrictedActivity()));
        return results;
    }

    private static Result founding(Facts f) {
        String startDate = f.startupFoundedOnOrAfter().toString();
        if (f.foundingDate() == null) {
            return new Result(
                    EligibilityRule.FOUNDING_DATE_FOR_GROUP, false, "competition.eligibility.founding.unknown");
        }
        boolean startUp = !f.foundingDate().isBefore(f.startupFoundedOnOrAfter());
        String founded = f.foundingDate().toString();
        if (f.group() == CompetitionGroup.START_UP) {
            return startUp
                    ? new Result(
                            EligibilityRule.FOUNDING_DATE_FOR_GROUP,
                            true,
                            "competition.eligibility.founding.startUpOk",
                            founded,
                            startDate)
                    : new Result(
                            EligibilityRule.FOUNDING_DATE_FOR_GROUP,
                            false,
                            "competition.eligibility.founding.tooOldForStartUp",
                            founded,
                            startDate);
        }
        return startUp
                ? new Result(
                        EligibilityRule.FOUNDING_DATE_FOR_GROUP,
                        false,
                        "competition.eligibility.founding.tooYoungForGrowth",
                        founded,
                        startDate)
                : new Result(
                        EligibilityRule.FOUNDING_DATE_FOR_GROUP,
                        true,
                        "competition.eligibility.founding.growthOk",
                        founded,
                        startDate);
    }

    private static Result revenue(Facts f) {
        if (f.revenueCap() == null) {
            return new Result(EligibilityRule.REVENUE_CAP, true, "competition.eligibility.revenue.noCap");
        }
        if (f.revenuePreviousYear() == null) {
            return new Result(
                    EligibilityRule.REVENUE_CAP,
                    false,
                    "competition.eligibility.revenue.missing",
                    plain(f.revenueCap()));
        }
        return f.revenuePreviousYear().compareTo(f.revenueCap()) <= 0
                ? new Result(
                        EligibilityRule.REVENUE_CAP,
                        true,
                        "competition.eligibility.revenue.within",
                        plain(f.revenuePreviousYear()),
                        plain(f.revenueCap()))
                : new Result(
                        EligibilityRule.REVENUE_CAP,
                        false,
                        "competition.eligibility.revenue.over",
                        plain(f.revenuePreviousYear()),
                        plain(f.revenueCap()));
    }

    private static Result awards(Facts f) {
        if (f.maxAwards() == null) {
            return new Result(
                    EligibilityRule.MAX_AWARDS_PER_ORGANISATION, true, "competition.eligibility.awards.noLimit");
        }
        String count = String.valueOf(f.awardsOverEditions());
        String max = String.valueOf(f.maxAwards());
        return f.awardsOverEditions() < f.maxAwards()
                ? new Result(
                        EligibilityRule.MAX_AWARDS_PER_ORGANISATION,
                        true,
                        "competition.eligibility.awards.within",
                        count,
                        max)
                : new Result(
                        EligibilityRule.MAX_AWARDS_PER_ORGANISATION,
                        false,
                        "competition.eligibility.awards.reached",
                        count,
                        max);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
