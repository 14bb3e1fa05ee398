package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.junit.jupiter.api.Test;

/** A project's way through the reserve, as its owner and the reserve manager live it. */
class ReserveProjectTest {

    private static final Instant SUBMITTED = Instant.parse("2026-04-01T02:00:00Z");
    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 30);

    private static ReserveProject.Declaration declaration(String title, Set<FinancingInstrument> instruments) {
        return new ReserveProject.Declaration(
                title,
                "Rooftop solar on 12 factory halls, 4.2 MW, with storage.",
                GreenCategory.CLEAN_ENERGY,
                "SIP",
                "Suzhou",
                ProjectStage.CONSTRUCTION,
                new BigDecimal("20000000"),
                new BigDecimal("12000000"),
                instruments,
                new Benefits(new BigDecimal("560"), new BigDecimal("3900"), null, null),
                "Yield simulation at 1,150 full-load hours, grid factor 0.5703 t/MWh",
                true);
    }

    private static ReserveProject draft() {
        return ReserveProject.draft(
                7L,
                3L,
                declaration("Solar roofs", Set.of(FinancingInstrument.GREEN_LOAN)),
                SUBMITTED.minusSeconds(3600));
    }

    private static ReserveCall call() {
        return new ReserveCall(
                LocalisedName.of("2026 reserve", "2026年储备库征集", null, null),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 31),
                new CallRules(
                        Set.of(),
                        Set.of(),
                        Set.of("SIP"),
                        Set.of(EvidenceKind.FEASIBILITY_STUDY),
                        Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("1.5"))),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                SUBMITTED.minusSeconds(86400));
    }

    private static ReserveProject submitted() {
        ReserveProject project = draft();
        project.evidenceAttached(Set.of(EvidenceKind.FEASIBILITY_STUDY));
        project.submit(Screening.screen(project.facts(), call().rules(), Optional.empty()), SUBMITTED);
        return project;
    }

    @Test
    void aSubmittedProjectKeepsTheReviewersFlagsAndIsNoLongerTheOwnersToChange() {
        ReserveProject project = submitted();

        assertEquals(ProjectStatus.SUBMITTED, project.getStatus());
        assertEquals(SUBMITTED, project.getSubmittedAt());
        // 3,900 t on 20 million yuan: 1.95 t per 10,000 yuan, above the call's 1.5
        assertEquals(
                List.of("reserve.screening.benefitAboveCeiling.CO2_AVOIDED_T"),
                project.getFlags().stream().map(StoredFinding::getMessageKey).toList());
        assertEquals(List.of("1.95", "1.5"), project.getFlags().get(0).getArguments());
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> project.change(declaration("Renamed", Set.of(FinancingInstrument.GREEN_BOND))));
        assertEquals("reserve.project.notEditable", refusal.messageKey());
        assertEquals("Solar roofs", project.getTitle());
    }

    @Test
    void aRefusedScreeningLeavesTheDraftWithTheOwnerAndNamesEveryReason() {
        ReserveProject project = draft();

        ScreeningRefused refusal = assertThrows(
                ScreeningRefused.class,
                () -> project.submit(
                        Screening.screen(
                                project.facts(),
                                call().rules(),
                                Optional.of(new Screening.RestrictedMatch("C2520", "Coking"))),
                        SUBMITTED));

        assertEquals(
                List.of("reserve.screening.restricted", "reserve.screening.evidenceMissing.FEASIBILITY_STUDY"),
                refusal.reasons().stream().map(Screening.Finding::messageKey).toList());
        assertEquals(DomainException.Kind.INVALID, refusal.kind());
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertNull(project.getSubmittedAt());
    }

    @Test
    void aListedProjectHoldsItsGradeForItsValidityAndThenLapses() {
        ReserveProject project = submitted();
        project.startReview();

        project.list(call().bands().gradeFor(new BigDecimal("78.5")).orElse(null), call().term(), DECIDED, null);

        assertEquals(ProjectStatus.LISTED, project.getStatus());
        assertEquals(Grade.B, project.getGrade());
        assertEquals(Period.of(DECIDED, LocalDate.of(2028, 6, 29)), project.getValidity());
        assertFalse(project.lapseIfEnded(LocalDate.of(2028, 6, 29)));
        assertTrue(project.lapseIfEnded(LocalDate.of(2028, 6, 30)));
        assertEquals(ProjectStatus.LAPSED, project.getStatus());
    }

    @Test
    void aScoreBelowTheLowestBandCannotBeListed() {
        ReserveProject project = submitted();
        project.startReview();
        Grade none = call().bands().gradeFor(new BigDecimal("59")).orElse(null);

        DomainException refusal =
                assertThrows(DomainException.class, () -> project.list(none, call().term(), DECIDED, null));

        assertEquals("reserve.decision.belowBands", refusal.messageKey());
        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());
    }

    @Test
    void aReturnedProjectCarriesItsReasonAndTheOwnerMayCorrectAndSubmitAgain() {
        ReserveProject project = submitted();
        project.startReview();

        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> project.returnForInformation(" "))
                        .field());
        project.returnForInformation("Add the grid connection approval.");
        project.change(declaration("Solar roofs, phase 1", Set.of(FinancingInstrument.GREEN_LOAN)));
        project.submit(Screening.screen(project.facts(), call().rules(), Optional.empty()), SUBMITTED.plusSeconds(60));

        assertEquals(ProjectStatus.SUBMITTED, project.getStatus());
        assertEquals("Solar roofs, phase 1", project.getTitle());
        assertNull(project.getDecisionReason());
    }

    @Test
    void aDecisionOutOfTurnIsRefused() {
        ReserveProject project = draft();

        assertEquals(
                "reserve.project.wrongStatus",
                assertThrows(DomainException.class, () -> project.reject("No.")).messageKey());
        assertEquals(
                "reserve.project.wrongStatus",
                assertThrows(DomainException.class, project::startReview).messageKey());
    }

    @Test
    void aDeclarationWithoutFinancingKindIsRefusedAndChangesNothing() {
        ReserveProject project = draft();

        DomainException refusal =
                assertThrows(DomainException.class, () -> project.change(declaration("Renamed", Set.of())));

        assertEquals("instruments", refusal.field());
        assertEquals("Solar roofs", project.getTitle());
    }

    @Test
    void aCallTakesDeclarationsOnTheDaysOfItsWindowAndGivesBackItsRules() {
        ReserveCall call = call();

        assertFalse(call.takesDeclarationsOn(LocalDate.of(2026, 2, 28)));
        assertTrue(call.takesDeclarationsOn(LocalDate.of(2026, 3, 1)));
        assertTrue(call.takesDeclarationsOn(LocalDate.of(2026, 5, 31)));
        assertFalse(call.takesDeclarationsOn(LocalDate.of(2026, 6, 1)));
        assertEquals(Set.of("SIP"), call.rules().zoneCodes());
        assertEquals(
                Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("1.5")),
                call.rules().ceilingsPer10kYuan());
        assertEquals(
                "closesOn",
                assertThrows(
                                DomainException.class,
                                () -> new ReserveCall(
                                        LocalisedName.of("x", null, null, null),
                                        LocalDate.of(2026, 3, 1),
                                        LocalDate.of(2026, 2, 1),
                                        CallRules.OPEN,
                                        call.bands(),
                                        ListingTerm.DEFAULT,
                                        SUBMITTED))
                        .field());
    }
}
