package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** The plausibility rules that refuse a declaration, each with the field it names, and a declaration's versions. */
class DeclarationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static DeclarationFigures figures(String electricity, String green) {
        return new DeclarationFigures(
                new BigDecimal("12500"),
                new BigDecimal("48000"),
                new BigDecimal("9000"),
                electricity == null ? null : new BigDecimal(electricity),
                green == null ? null : new BigDecimal(green),
                new BigDecimal("120.5"),
                new BigDecimal("350000"),
                new BigDecimal("12"),
                null,
                new BigDecimal("800"),
                null,
                null,
                null,
                new BigDecimal("90000"),
                new BigDecimal("30000"),
                new BigDecimal("410"),
                new BigDecimal("380"),
                new BigDecimal("2.1"),
                new BigDecimal("0.3"),
                new BigDecimal("0.8"),
                new BigDecimal("1.6"),
                new BigDecimal("0.9"),
                new BigDecimal("0.4"),
                true,
                true);
    }

    private static DomainException refusal(DeclarationFigures figures) {
        return assertThrows(DomainException.class, figures::check);
    }

    private static DeclarationFigures with(String field, BigDecimal value) {
        DeclarationFigures f = figures("5200", "1300");
        return new DeclarationFigures(
                field.equals("valueAdded") ? value : f.valueAdded(),
                f.grossOutput(),
                f.greenTechOutput(),
                f.electricity(),
                f.greenElectricity(),
                f.rawCoal(),
                field.equals("naturalGas") ? value : f.naturalGas(),
                f.diesel(),
                f.gasoline(),
                f.heat(),
                field.equals("otherEnergy") ? value : f.otherEnergy(),
                f.otherEnergyUnit(),
                f.otherEnergyFactor(),
                f.waterWithdrawn(),
                f.waterReused(),
                f.wasteGenerated(),
                f.wasteRecycled(),
                field.equals("cod") ? value : f.cod(),
                f.ammoniaNitrogen(),
                f.so2(),
                f.nox(),
                f.vocs(),
                f.particulates(),
                f.cleanerProductionAudit(),
                f.meetsStandards());
    }

    @Test
    void plausibleFiguresPass() {
        assertEquals(new BigDecimal("1300"), figures("5200", "1300").check().greenElectricity());
        assertEquals(
                new BigDecimal("5200"),
                figures("5200", "5200").check().greenElectricity(),
                "all electricity green is plausible");
    }

    @Test
    void aNegativeFigureIsRefusedNamingItsField() {
        DomainException refused = refusal(with("naturalGas", new BigDecimal("-1")));
        assertEquals("naturalGas", refused.field());
        assertEquals("zone.declaration.negative", refused.messageKey());
        assertEquals("cod", refusal(with("cod", new BigDecimal("-0.001"))).field());
    }

    @Test
    void greenElectricityAboveTheElectricityIsRefused() {
        DomainException refused = refusal(figures("5200", "5200.001"));
        assertEquals("greenElectricity", refused.field());
        assertEquals("zone.declaration.greenAboveElectricity", refused.messageKey());
        assertEquals(
                "greenElectricity",
                refusal(figures(null, "10")).field(),
                "green electricity without any electricity is above it");
    }

    @Test
    void valueAddedIsRequiredAndOtherEnergyNeedsItsUnitAndFactor() {
        assertEquals("valueAdded", refusal(with("valueAdded", null)).field());
        DomainException noUnit = refusal(with("otherEnergy", new BigDecimal("40")));
        assertEquals("otherEnergyUnit", noUnit.field());
    }

    @Test
    void moreThanThreeDecimalsOrAnImplausiblyLargeFigureIsRefused() {
        assertEquals(
                "zone.declaration.decimals",
                refusal(with("cod", new BigDecimal("0.0001"))).messageKey());
        assertEquals(
                "zone.declaration.tooLarge",
                refusal(with("naturalGas", new BigDecimal("1000000000001"))).messageKey());
    }

    @Test
    void aReturnedVersionIsCorrectedInPlaceAndACorrectionAfterAcceptanceIsTheNextVersion() {
        Declaration first = Declaration.file(1, 2, 2025, 2026, figures("5200", "1300"), 7, NOW);
        assertEquals(DeclarationStatus.SUBMITTED, first.getStatus());
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> first.returnForCorrection("  ", 9, NOW))
                        .field(),
                "a return without a reason is refused");
        first.returnForCorrection("Natural gas is in litres, not m³.", 9, NOW);
        assertEquals(DeclarationStatus.RETURNED, first.getStatus());
        first.refile(figures("5200", "1000"), 7, NOW);
        first.accept(9, NOW);
        assertEquals(DeclarationStatus.ACCEPTED, first.getStatus());

        Declaration second = first.correction(figures("5300", "1000"), 7, NOW);
        assertEquals(2, second.getNumber());
        assertEquals(DeclarationStatus.SUBMITTED, second.getStatus());
        assertEquals(DeclarationStatus.ACCEPTED, first.getStatus(), "the accepted version is kept as it was");
        assertEquals(new BigDecimal("5200"), first.figures().electricity());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> second.correction(figures("1", "1"), 7, NOW))
                        .kind(),
                "only an accepted version is corrected as a new version");
    }

    @Test
    void aYearInTheFutureIsRefused() {
        assertEquals(
                "year",
                assertThrows(DomainException.class, () -> Declaration.file(1, 2, 2027, 2026, figures("1", "1"), 7, NOW))
                        .field());
    }
}
