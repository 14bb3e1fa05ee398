package org.greenhub.alliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The alliance rules without a server: quorum, bands, weights, dues, validity, notice, the renewal steps. */
class AllianceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @ParameterizedTest
    @CsvSource({"9,6,true", "9,5,false", "15,10,true", "15,9,false", "3,2,true", "10,7,true", "10,6,false"})
    void quorumIsTwoThirdsOfTheSeatsVoting(int seats, int voting, boolean quorum) {
        assertEquals(quorum, new CouncilDecision(TODAY, voting, 0, 0).quorumMet(seats));
        assertEquals(quorum, voting >= CouncilDecision.minimumVoting(seats));
    }

    @ParameterizedTest
    @CsvSource({
        "100,HIGH",
        "86,HIGH",
        "85.5,HIGH",
        "85.49,FAIRLY_HIGH",
        "75,FAIRLY_HIGH",
        "74,AVERAGE",
        "65,AVERAGE",
        "64.4,POOR",
        "0,POOR"
    })
    void bandsFollowThePolicyThresholds(String score, ActivityBand band) {
        assertEquals(band, ActivityBand.of(new BigDecimal(score)));
    }

    @Test
    void weightsMustAddUpToOneHundred() {
        assertEquals(
                "alliance.validation.weightSum",
                assertThrows(DomainException.class, () -> new EvaluationWeights(40, 20, 20, 10).validate())
                        .messageKey());
        new EvaluationWeights(25, 25, 25, 25).validate();
    }

    @Test
    void anAdjustmentNeedsAReasonAndTheFinalScoreStaysWithinZeroAndOneHundred() throws Exception {
        MemberEvaluation evaluation = new MemberEvaluation(activeMembership(), 2025, NOW);
        evaluation.score(
                new MemberEvaluation.Parts(
                        BigDecimal.valueOf(100),
                        BigDecimal.valueOf(90),
                        BigDecimal.valueOf(80),
                        BigDecimal.valueOf(100)),
                new EvaluationWeights(40, 20, 20, 20),
                NOW);
        assertEquals(0, new BigDecimal("94").compareTo(evaluation.getFinalScore()));
        assertEquals(
                "alliance.evaluation.reasonRequired",
                assertThrows(DomainException.class, () -> evaluation.adjust(BigDecimal.TEN, " "))
                        .messageKey());
        evaluation.adjust(BigDecimal.TEN, "Led the technology transfer session");
        assertEquals(0, new BigDecimal("100").compareTo(evaluation.getFinalScore()));
        evaluation.adjust(new BigDecimal("-20"), "Missed every report");
        assertEquals(ActivityBand.AVERAGE, evaluation.getBand());
    }

    @Test
    void duesAreRefusedWhenNegativeZeroInTheFutureOrWithoutReference() {
        assertRefused("alliance.dues.amountPositive", new DuesPayment.Dues(new BigDecimal("-1"), TODAY, "R"));
        assertRefused("alliance.dues.amountPositive", new DuesPayment.Dues(BigDecimal.ZERO, TODAY, "R"));
        assertRefused("alliance.dues.dateInFuture", new DuesPayment.Dues(BigDecimal.TEN, TODAY.plusDays(1), "R"));
        assertRefused("platform.validation.required", new DuesPayment.Dues(BigDecimal.TEN, TODAY, " "));
        assertRefused("alliance.validation.dues", new DuesPayment.Dues(new BigDecimal("10.001"), TODAY, "R"));
    }

    private static void assertRefused(String key, DuesPayment.Dues dues) {
        assertEquals(
                key,
                assertThrows(DomainException.class, () -> dues.validate(TODAY)).messageKey());
    }

    @Test
    void firstDuesActivateForAYearAndLaterDuesExtendFromTheEnd() throws Exception {
        Membership m = approvedMembership();
        m.recordAgreementSigned(TODAY, TODAY);
        assertEquals(
                MembershipStatus.ACTIVE,
                m.duesPaid(TODAY, "GEA-2026-0001", NOW, null).getToStatus());
        assertEquals(LocalDate.of(2027, 5, 31), m.getValidTo());
        assertNull(m.duesPaid(TODAY.plusMonths(10), null, NOW, null), "paying early changes no state");
        assertEquals(LocalDate.of(2028, 5, 31), m.getValidTo());
        assertEquals("GEA-2026-0001", m.getMembershipNumber());
    }

    @Test
    void theRenewalStepsGoActiveGraceLapsedAndRemindOncePerPeriod() throws Exception {
        Membership m = activeMembership();
        LocalDate end = m.getValidTo();
        assertFalse(m.reminderDue(end.minusDays(61)));
        assertTrue(m.reminderDue(end.minusDays(60)));
        m.reminderSent();
        assertFalse(m.reminderDue(end.minusDays(10)));
        assertNull(m.expireIfDue(end, NOW));
        assertEquals(MembershipStatus.GRACE, m.expireIfDue(end.plusDays(1), NOW).getToStatus());
        assertNull(m.expireIfDue(end.plusDays(90), NOW));
        assertEquals(
                MembershipStatus.LAPSED, m.expireIfDue(end.plusDays(91), NOW).getToStatus());
    }

    @Test
    void leavingNeedsThirtyDaysWrittenNoticeAndSettledDues() throws Exception {
        Membership m = activeMembership();
        assertEquals(
                "alliance.exit.noticeTooShort",
                assertThrows(
                                DomainException.class,
                                () -> m.giveNotice(TODAY, TODAY.plusDays(29), "Merger", TODAY, NOW, null))
                        .messageKey());
        assertEquals(
                "alliance.validation.dateInFuture",
                assertThrows(
                                DomainException.class,
                                () -> m.giveNotice(TODAY.plusDays(1), TODAY.plusDays(40), "Merger", TODAY, NOW, null))
                        .messageKey());
        assertEquals(MembershipStatus.ACTIVE, m.getStatus());
        m.giveNotice(TODAY, TODAY.plusDays(30), "Merger", TODAY, NOW, null);
        assertEquals(
                MembershipStatus.LEFT, m.expireIfDue(TODAY.plusDays(30), NOW).getToStatus());

        Membership unpaid = activeMembership();
        unpaid.expireIfDue(unpaid.getValidTo().plusDays(1), NOW);
        assertEquals(
                "alliance.exit.duesOutstanding",
                assertThrows(
                                DomainException.class,
                                () -> unpaid.giveNotice(TODAY, TODAY.plusDays(30), "Merger", TODAY, NOW, null))
                        .messageKey());
    }

    // ---- fixtures (entities without a database: ids set the way JPA would)
    // -------------------------------------------

    private static Alliance alliance() throws Exception {
        Alliance alliance = new Alliance("GEA", new Alliance.Names("Green Energy Alliance", null, null, null), 9, NOW);
        setId(alliance, 1L);
        return alliance;
    }

    private static Membership approvedMembership() throws Exception {
        Alliance alliance = alliance();
        MemberCategory category = new MemberCategory(alliance, 0, "Ordinary member unit", BigDecimal.valueOf(10000));
        Membership m = Membership.apply(
                alliance,
                new Organisation(OrganisationKind.ENTERPRISE, "Heat Pump Co", NOW),
                category,
                new Membership.Application(null, Membership.Contacts.none()),
                NOW,
                null);
        m.forwardToCouncil(null, NOW, null);
        m.councilDecides(new CouncilDecision(TODAY, 6, 0, 0), null, TODAY, NOW, null);
        return m;
    }

    private static Membership activeMembership() throws Exception {
        Membership m = approvedMembership();
        m.recordAgreementSigned(TODAY.minusMonths(11), TODAY);
        m.duesPaid(TODAY.minusMonths(11), "GEA-2025-0001", NOW, null);
        return m;
    }

    private static void setId(Object entity, long id) throws Exception {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
