package org.greenhub.competition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EligibilityRule;
import org.greenhub.competition.domain.EligibilityRules;
import org.junit.jupiter.api.Test;

/**
 * The rules' reasons read in the reader's language with amounts, dates and counts in the reader's notation, on the
 * page and in the mail that tells an applicant why the entry is not eligible (issue 11: "Revenue of 1250000 yuan").
 */
class EligibilityTextsTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static String text(Locale locale, String key, Object... args) {
        // as platform.i18n.Messages does it: the feature bundle of that language, MessageFormat in that locale
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.competition",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static EligibilityRules.Facts facts(BigDecimal revenue) {
        return new EligibilityRules.Facts(
                CompetitionGroup.START_UP,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2023, 1, 1),
                revenue,
                new BigDecimal("200000000"),
                true,
                null,
                null,
                0,
                3,
                "heat pumps",
                null);
    }

    private static EligibilityRules.Result revenueRule(BigDecimal revenue) {
        return EligibilityRules.evaluate(facts(revenue)).stream()
                .filter(r -> r.rule() == EligibilityRule.REVENUE_CAP)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRevenueReasonGroupsTheAmountsForEachReader() {
        EligibilityRules.Result within = revenueRule(new BigDecimal("1250000"));
        assertEquals(
                "Revenue of 1,250,000 yuan is within the cap of 200,000,000 yuan.",
                text(
                        Locale.ENGLISH,
                        within.reasonKey(),
                        EligibilityTexts.args(within.reasonKey(), within.args(), Locale.ENGLISH)));
        assertEquals(
                "营业收入 1,250,000 元，未超过上限 200,000,000 元。",
                text(
                        Locale.SIMPLIFIED_CHINESE,
                        within.reasonKey(),
                        EligibilityTexts.args(within.reasonKey(), within.args(), Locale.SIMPLIFIED_CHINESE)));
        String vietnamese = text(
                VIETNAMESE, within.reasonKey(), EligibilityTexts.args(within.reasonKey(), within.args(), VIETNAMESE));
        assertTrue(vietnamese.contains("1.250.000") && vietnamese.contains("200.000.000"), vietnamese);
        String thai = text(
                Locale.forLanguageTag("th"),
                within.reasonKey(),
                EligibilityTexts.args(within.reasonKey(), within.args(), Locale.forLanguageTag("th")));
        assertTrue(thai.contains("1,250,000") && thai.contains("200,000,000"), thai);
    }

    @Test
    void foundingDatesAndAwardCountsAreInTheReadersNotationAndOtherArgumentsStayAsStored() {
        EligibilityRules.Result founding =
                EligibilityRules.evaluate(facts(null)).get(0);
        Object[] chinese = EligibilityTexts.args(founding.reasonKey(), founding.args(), Locale.SIMPLIFIED_CHINESE);
        assertEquals("2024年3月1日", chinese[0]);
        assertEquals("2023年1月1日", chinese[1]);
        assertEquals(
                "12,000",
                EligibilityTexts.args(
                        "competition.eligibility.awards.within", new String[] {"12000", "3"}, Locale.ENGLISH)[0]);
        // an earlier prize's edition is a name ("2025"), not a figure: never "2,025"
        assertEquals(
                "2025",
                EligibilityTexts.args(
                        "competition.eligibility.prize.won", new String[] {"FIRST", "2025"}, Locale.ENGLISH)[1]);
    }

    @Test
    void theIneligibleMailListsTheFailedRulesWithFormattedAmountsInTheApplicantsLanguage() {
        EligibilityRules.Result over = revenueRule(new BigDecimal("250000000"));
        assertFalse(over.passed());
        EligibilityService.RuleView failed =
                new EligibilityService.RuleView(over.rule(), false, false, over.reasonKey(), over.args(), false, null);
        EligibilityService.RuleView passed = new EligibilityService.RuleView(
                EligibilityRule.IP_OWNERSHIP,
                true,
                true,
                "competition.eligibility.ip.declared",
                new String[0],
                false,
                null);

        String detail = EligibilityTexts.failed(
                List.of(passed, failed), VIETNAMESE, (key, args) -> text(VIETNAMESE, key, args));
        String step = text(VIETNAMESE, "competition.mail.step.ineligible", detail);
        String body = text(
                VIETNAMESE,
                "competition.mail.body",
                "Lan",
                "Máy sấy năng lượng mặt trời",
                "Cúp Xanh",
                step,
                "https://greenhub.example/");

        assertTrue(body.contains(text(VIETNAMESE, "competition.rule.REVENUE_CAP")), body);
        assertTrue(body.contains("250.000.000") && body.contains("200.000.000"), body);
        assertFalse(body.contains("250000000"), body);
        assertFalse(
                body.contains(text(VIETNAMESE, "competition.rule.IP_OWNERSHIP")),
                "only failed rules are listed: " + body);
    }
}
