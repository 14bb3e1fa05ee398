package org.greenhub.incubation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The intake rules without a server: eligibility findings, call terms, the offer's life. */
class IntakeRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Incubator incubator(String zone, Set<GreenFocusArea> areas) {
        Organisation operator = new Organisation(OrganisationKind.INCUBATOR_OPERATOR, "Operator", NOW);
        return new Incubator(
                new Incubator.Details(
                        operator,
                        IncubatorKind.MAKER_SPACE,
                        Map.of(Language.ENGLISH, "Space"),
                        areas,
                        zone,
                        null,
                        null,
                        Set.of(),
                        List.of()),
                NOW);
    }

    private static IntakeCall call(Incubator incubator, int maxAge) {
        return new IntakeCall(
                incubator,
                new IntakeCall.Terms(
                        "Call", null, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)), 3, maxAge, 7),
                NOW);
    }

    private static List<String> keys(List<Eligibility.Finding> findings) {
        return findings.stream().map(Eligibility.Finding::messageKey).toList();
    }

    @Test
    void theAgeLimitIsTheCallsSettingAndCountsFromTheDayOfApplying() {
        IntakeCall call = call(incubator(null, Set.of()), 24);
        assertEquals(
                List.of(),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                TODAY.minusMonths(24),
                                null,
                                false,
                                GreenFocusArea.CLEAN_ENERGY,
                                Optional.empty(),
                                TODAY))),
                "exactly 24 months is still in");
        assertEquals(
                List.of("incubation.eligibility.tooOld"),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                TODAY.minusMonths(24).minusDays(1),
                                null,
                                false,
                                GreenFocusArea.CLEAN_ENERGY,
                                Optional.empty(),
                                TODAY))));
        assertEquals(
                List.of(),
                keys(Eligibility.check(
                        call(incubator(null, Set.of()), 36),
                        new Eligibility.Facts(
                                TODAY.minusMonths(30),
                                null,
                                false,
                                GreenFocusArea.CLEAN_ENERGY,
                                Optional.empty(),
                                TODAY))),
                "a call may allow older companies");
        assertEquals(
                List.of("incubation.eligibility.foundingDateMissing"),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                null, null, false, GreenFocusArea.CLEAN_ENERGY, Optional.empty(), TODAY))));
    }

    @Test
    void zoneRestrictedListAndFocusAreaEachGiveTheirReason() {
        IntakeCall call = call(incubator("Suzhou Industrial Park", Set.of(GreenFocusArea.CLEAN_ENERGY)), 24);
        assertEquals(
                List.of(),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                TODAY,
                                " suzhou industrial park ",
                                false,
                                GreenFocusArea.CLEAN_ENERGY,
                                Optional.empty(),
                                TODAY))),
                "same zone, written differently");
        assertEquals(
                List.of(),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                TODAY, "Elsewhere", true, GreenFocusArea.CLEAN_ENERGY, Optional.empty(), TODAY))),
                "committed to register");
        assertEquals(
                List.of(
                        "incubation.eligibility.zone",
                        "incubation.eligibility.restricted",
                        "incubation.eligibility.focusAreaNotTaken"),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(
                                TODAY,
                                "Elsewhere",
                                false,
                                GreenFocusArea.OZONE_POLLUTION_CONTROL,
                                Optional.of("Steel"),
                                TODAY))));
        assertEquals(
                List.of("incubation.eligibility.focusAreaMissing"),
                keys(Eligibility.check(
                        call,
                        new Eligibility.Facts(TODAY, "Suzhou Industrial Park", false, null, Optional.empty(), TODAY))));
    }

    @Test
    void callTermsAreChecked() {
        Incubator incubator = incubator(null, Set.of());
        assertEquals(
                "incubation.call.windowOrder",
                assertThrows(
                                DomainException.class,
                                () -> new IntakeCall(
                                        incubator, new IntakeCall.Terms("Call", null, NOW, NOW, 3, 24, 7), NOW))
                        .messageKey());
        assertEquals(
                "incubation.call.capacityInvalid",
                assertThrows(
                                DomainException.class,
                                () -> new IntakeCall(
                                        incubator,
                                        new IntakeCall.Terms("Call", null, NOW, NOW.plusSeconds(60), 0, 24, 7),
                                        NOW))
                        .messageKey());
        assertEquals(
                "incubation.call.offerDaysInvalid",
                assertThrows(
                                DomainException.class,
                                () -> new IntakeCall(
                                        incubator,
                                        new IntakeCall.Terms("Call", null, NOW, NOW.plusSeconds(60), 3, 24, 0),
                                        NOW))
                        .messageKey());
        assertEquals(
                "incubation.incubator.floorAreaInvalid",
                assertThrows(
                                DomainException.class,
                                () -> new Incubator(
                                        new Incubator.Details(
                                                incubator.getOperator(),
                                                IncubatorKind.ACCELERATOR,
                                                Map.of(Language.ENGLISH, "X"),
                                                Set.of(),
                                                null,
                                                new BigDecimal("0.001"),
                                                null,
                                                Set.of(),
                                                List.of()),
                                        NOW))
                        .messageKey());
        IntakeCall call = call(incubator, 24);
        assertTrue(call.isOpen(NOW) == false, "not open before it is published");
        call.publish();
        assertTrue(call.isOpen(NOW));
        assertTrue(!call.isOpen(NOW.plus(Duration.ofDays(10))), "closed at its closing moment");
    }

    @Test
    void anOfferIsAnsweredBeforeItsDeadlineOnlyAndADecisionIsTakenOnce() {
        IntakeCall call = call(incubator(null, Set.of()), 24);
        IntakeApplication application = new IntakeApplication(
                call,
                call.getIncubator().getOperator(),
                1L,
                "Project",
                "Summary",
                GreenFocusArea.CLEAN_ENERGY,
                false,
                false,
                null,
                NOW);
        assertEquals(
                "incubation.decision.reasonRequired",
                assertThrows(
                                DomainException.class,
                                () -> application.decide(
                                        Decision.ADMIT, " ", 2L, NOW, NOW.plus(Duration.ofDays(7)), null))
                        .messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus(), "a refused decision changes nothing");
        application.decide(Decision.ADMIT, "Good", 2L, NOW, NOW.plus(Duration.ofDays(7)), null);
        assertEquals(ApplicationStatus.OFFERED, application.getStatus());
        assertThrows(
                DomainException.class,
                () -> application.decide(Decision.REJECT, "Changed my mind", 2L, NOW, null, null));
        Instant deadline = application.getOfferDeadline();
        assertEquals(
                "incubation.offer.expired",
                assertThrows(DomainException.class, () -> application.accept(deadline))
                        .messageKey());
        assertEquals(ApplicationStatus.OFFERED, application.getStatus());
        assertTrue(!application.expireIfDue(deadline.minusSeconds(1)));
        application.accept(deadline.minusSeconds(1));
        assertEquals(ApplicationStatus.ACCEPTED, application.getStatus());
        assertTrue(!application.expireIfDue(deadline.plusSeconds(1)), "an accepted offer never expires");
    }
}
