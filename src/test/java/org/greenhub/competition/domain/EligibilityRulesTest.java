package org.greenhub.competition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each eligibility rule decides with a reason; the submission window is exact to the second. */
class EligibilityRulesTest {

    private static final LocalDate START_UP_DATE = LocalDate.of(2025, 1, 1);

    private static EligibilityRules.Facts facts(
            CompetitionGroup group,
            LocalDate founded,
            String revenue,
            String cap,
            boolean ip,
            AwardTierCode earlier,
            long awards,
            Integer max,
            String restricted) {
        return new EligibilityRules.Facts(
                group,
                founded,
                START_UP_DATE,
                revenue == null ? null : new BigDecimal(revenue),
                cap == null ? null : new BigDecimal(cap),
                ip,
                earlier,
                earlier == null ? null : "2025",
                awards,
                max,
                "coal power",
                restricted);
    }

    private static Map<EligibilityRule, EligibilityRules.Result> evaluate(EligibilityRules.Facts facts) {
        return EligibilityRules.evaluate(facts).stream()
                .collect(Collectors.toMap(EligibilityRules.Result::rule, Function.identity()));
    }

    @Test
    void a_recent_start_up_within_every_limit_passes_every_rule() {
        var results = evaluate(
                facts(CompetitionGroup.START_UP, LocalDate.of(2025, 1, 1), "100", "200000000", true, null, 1, 2, null));
        assertEquals(EligibilityRule.values().length, results.size());
        assertTrue(results.values().stream().allMatch(EligibilityRules.Result::passed), results.toString());
        assertEquals(
                "competition.eligibility.founding.startUpOk",
                results.get(EligibilityRule.FOUNDING_DATE_FOR_GROUP).reasonKey());
    }

    @Test
    void each_rule_fails_with_its_own_reason() {
        var results = evaluate(facts(
                CompetitionGroup.START_UP,
                LocalDate.of(2024, 12, 31),
                "200000000.01",
                "200000000",
                false,
                AwardTierCode.THIRD,
                2,
                2,
                "Coal power"));
        assertEquals(
                "competition.eligibility.founding.tooOldForStartUp",
                results.get(EligibilityRule.FOUNDING_DATE_FOR_GROUP).reasonKey());
        assertEquals(
                "competition.eligibility.revenue.over",
                results.get(EligibilityRule.REVENUE_CAP).reasonKey());
        assertEquals(
                "competition.eligibility.ip.missing",
                results.get(EligibilityRule.IP_OWNERSHIP).reasonKey());
        assertEquals(
                "competition.eligibility.prize.won",
                results.get(EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES).reasonKey());
        assertEquals(
                "competition.eligibility.awards.reached",
                results.get(EligibilityRule.MAX_AWARDS_PER_ORGANISATION).reasonKey());
        assertEquals(
                "competition.eligibility.sector.restricted",
                results.get(EligibilityRule.SECTOR_NOT_RESTRICTED).reasonKey());
        assertTrue(results.values().stream().noneMatch(EligibilityRules.Result::passed));
    }

    @Test
    void the_growth_group_is_for_older_organisations_and_an_unknown_founding_date_fails() {
        assertTrue(evaluate(
                        facts(CompetitionGroup.GROWTH, LocalDate.of(2019, 5, 1), null, null, true, null, 0, null, null))
                .get(EligibilityRule.FOUNDING_DATE_FOR_GROUP)
                .passed());
        assertFalse(evaluate(
                        facts(CompetitionGroup.GROWTH, LocalDate.of(2025, 5, 1), null, null, true, null, 0, null, null))
                .get(EligibilityRule.FOUNDING_DATE_FOR_GROUP)
                .passed());
        assertEquals(
                "competition.eligibility.founding.unknown",
                evaluate(facts(CompetitionGroup.GROWTH, null, null, null, true, null, 0, null, null))
                        .get(EligibilityRule.FOUNDING_DATE_FOR_GROUP)
                        .reasonKey());
    }

    @Test
    void an_excellence_award_is_no_prize_but_counts_towards_the_limit() {
        assertTrue(AwardTierCode.THIRD.isPrize());
        assertFalse(AwardTierCode.EXCELLENCE.isPrize());
        var results =
                evaluate(facts(CompetitionGroup.START_UP, LocalDate.of(2025, 3, 1), "1", null, true, null, 1, 2, null));
        assertTrue(results.get(EligibilityRule.NO_EARLIER_PRIZE_IN_SERIES).passed());
        assertEquals(
                "competition.eligibility.awards.within",
                results.get(EligibilityRule.MAX_AWARDS_PER_ORGANISATION).reasonKey());
        assertEquals(
                "competition.eligibility.revenue.noCap",
                results.get(EligibilityRule.REVENUE_CAP).reasonKey());
    }

    @Test
    void the_window_accepts_the_deadline_itself_and_refuses_one_second_later() {
        Instant opens = Instant.parse("2026-03-01T00:00:00Z");
        Instant closes = Instant.parse("2026-06-30T15:59:59Z");
        Competition competition = new Competition(
                "green-cup",
                "Green Cup",
                "2026",
                new org.greenhub.organisation.domain.Organisation(
                        org.greenhub.organisation.domain.OrganisationKind.GOVERNMENT_BODY, "Zone", opens),
                START_UP_DATE,
                opens,
                closes,
                "Asia/Shanghai",
                opens);
        competition.tracks(java.util.List.of("CLEAN_ENERGY"));
        competition.moveTo(CompetitionStatus.PUBLISHED);
        assertTrue(competition.acceptsSubmissionsAt(closes));
        assertFalse(competition.acceptsSubmissionsAt(closes.plusSeconds(1)));
        assertFalse(competition.acceptsSubmissionsAt(opens.minusSeconds(1)));
        assertThrows(
                org.greenhub.platform.error.DomainException.class,
                () -> competition.window(closes, opens, "Asia/Shanghai"),
                "deadline before opening");
        assertThrows(
                org.greenhub.platform.error.DomainException.class,
                () -> competition.window(opens, closes, "Mars/Olympus"),
                "unknown zone");
        assertEquals(CompetitionGroup.START_UP, competition.groupFor(START_UP_DATE));
        assertEquals(CompetitionGroup.GROWTH, competition.groupFor(START_UP_DATE.minusDays(1)));
    }
}
