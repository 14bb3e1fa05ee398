package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** A draft keeps what is typed, incomplete as it may be, but never a figure that filing would refuse. */
class DeclarationDraftTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static DeclarationFigures partial(String valueAdded, String electricity, String green) {
        return new DeclarationFigures(
                valueAdded == null ? null : new BigDecimal(valueAdded),
                null,
                null,
                electricity == null ? null : new BigDecimal(electricity),
                green == null ? null : new BigDecimal(green),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aDraftNeedsNothingYetAndFilingItRunsEveryCheck() {
        Declaration draft = Declaration.draft(1, 2, 2025, 2026, partial(null, "10", null), NOW);
        assertEquals(DeclarationStatus.DRAFT, draft.getStatus());
        assertEquals(
                "valueAdded",
                assertThrows(DomainException.class, () -> draft.refile(partial(null, "10", null), 7, NOW))
                        .field());
        assertEquals(DeclarationStatus.DRAFT, draft.getStatus(), "a refused filing leaves the draft as it was");
        draft.saveDraft(partial("100", "10", "4"));
        assertEquals(new BigDecimal("4"), draft.figures().greenElectricity());
    }

    @Test
    void aDraftRefusesWhatFilingWouldRefuseBesideItsField() {
        assertEquals(
                "electricity",
                assertThrows(
                                DomainException.class,
                                () -> Declaration.draft(1, 2, 2025, 2026, partial(null, "-1", null), NOW))
                        .field());
        assertEquals(
                "greenElectricity",
                assertThrows(
                                DomainException.class,
                                () -> Declaration.draft(1, 2, 2025, 2026, partial(null, "1", "2"), NOW))
                        .field());
    }

    @Test
    void aDraftCorrectionOfAnAcceptedVersionIsTheNextVersionAndTheAcceptedOneStays() {
        Declaration first = Declaration.draft(1, 2, 2025, 2026, partial("100", "10", null), NOW);
        first.refile(DeclarationTest.figures("10", "1"), 7, NOW);
        first.accept(9, NOW);
        Declaration next = first.correctionDraft(partial("100", "12", null), NOW);
        assertEquals(2, next.getNumber());
        assertEquals(DeclarationStatus.DRAFT, next.getStatus());
        assertEquals(DeclarationStatus.ACCEPTED, first.getStatus());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> first.saveDraft(partial("1", "1", null)))
                        .kind(),
                "an accepted version is not drafted over");
    }
}
