package org.greenhub.evaluation.domain.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenhub.evaluation.domain.conflict.Conflicts.Declaration;
import org.greenhub.evaluation.domain.conflict.Conflicts.Pair;
import org.greenhub.evaluation.domain.conflict.Conflicts.Relation;
import org.greenhub.evaluation.domain.conflict.Conflicts.Subject;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long JUDGE = 7;
    private static final long ORG = 70;
    private static final List<Subject> SUBJECTS = List.of(new Subject(1, ORG), new Subject(2, ORG), new Subject(3, 71));

    private static Conflicts affiliation(LocalDate endedOn) {
        return Conflicts.detect(
                SUBJECTS, List.of(), List.of(), List.of(new Relation(JUDGE, ORG, endedOn)), List.of(), TODAY);
    }

    private static Conflicts tie(LocalDate endedOn) {
        return Conflicts.detect(
                SUBJECTS, List.of(), List.of(new Relation(JUDGE, ORG, endedOn)), List.of(), List.of(), TODAY);
    }

    @Test
    void theThreeYearWindowIncludesItsLastDayAndNothingBefore() {
        assertTrue(ConflictWindow.counts(null, TODAY));
        assertTrue(ConflictWindow.counts(LocalDate.of(2023, 3, 15), TODAY));
        assertFalse(ConflictWindow.counts(LocalDate.of(2023, 3, 14), TODAY));
        assertTrue(ConflictWindow.counts(LocalDate.of(2024, 3, 15), TODAY));
    }

    @Test
    void leapDayEndingIsMeasuredInCalendarYears() {
        // 2029-02-28 minus three years is 2026-02-28: an end on 2026-02-28 still counts, 2026-02-27 not
        LocalDate today = LocalDate.of(2029, 2, 28);
        assertTrue(ConflictWindow.counts(LocalDate.of(2026, 2, 28), today));
        assertFalse(ConflictWindow.counts(LocalDate.of(2026, 2, 27), today));
    }

    @Test
    void affiliationCurrentOrEndedWithinThreeYearsConflictsWithEverySubjectOfThatOrganisation() {
        for (LocalDate ended : new LocalDate[] {null, TODAY, TODAY.minusYears(2), TODAY.minusYears(3)}) {
            Conflicts conflicts = affiliation(ended);
            assertTrue(conflicts.conflicted(JUDGE, 1), "ended " + ended);
            assertTrue(conflicts.conflicted(JUDGE, 2), "ended " + ended);
            assertFalse(conflicts.conflicted(JUDGE, 3), "other organisation");
            assertEquals(Set.of(ConflictSource.AFFILIATION), conflicts.sources(JUDGE, 1));
        }
        assertFalse(affiliation(TODAY.minusYears(3).minusDays(1)).conflicted(JUDGE, 1));
    }

    @Test
    void profileTieFollowsTheSameWindow() {
        assertTrue(tie(null).conflicted(JUDGE, 1));
        assertTrue(tie(TODAY.minusYears(3)).conflicted(JUDGE, 2));
        assertFalse(tie(TODAY.minusYears(3).minusDays(1)).conflicted(JUDGE, 1));
        assertEquals(Set.of(ConflictSource.PROFILE_TIE), tie(null).sources(JUDGE, 1));
    }

    @Test
    void declarationsOnASubjectOrOnItsOrganisation() {
        Conflicts conflicts = Conflicts.detect(
                SUBJECTS,
                List.of(new Declaration(JUDGE, 3L, null), new Declaration(8, null, ORG)),
                List.of(),
                List.of(),
                List.of(),
                TODAY);
        assertTrue(conflicts.conflicted(JUDGE, 3));
        assertFalse(conflicts.conflicted(JUDGE, 1));
        assertTrue(conflicts.conflicted(8, 1));
        assertTrue(conflicts.conflicted(8, 2));
        assertFalse(conflicts.conflicted(8, 3));
        assertEquals(Set.of(new Pair(JUDGE, 3), new Pair(8, 1), new Pair(8, 2)), conflicts.pairs());
    }

    @Test
    void waiverLiftsADetectedConflictButNeverADeclaredOne() {
        Conflicts conflicts = Conflicts.detect(
                SUBJECTS,
                List.of(new Declaration(JUDGE, 2L, null)),
                List.of(),
                List.of(new Relation(JUDGE, ORG, null)),
                List.of(new Pair(JUDGE, 1), new Pair(JUDGE, 2)),
                TODAY);
        assertFalse(conflicts.conflicted(JUDGE, 1));
        assertTrue(conflicts.waived(JUDGE, 1));
        assertTrue(conflicts.conflicted(JUDGE, 2), "declared by the judge: a waiver does not lift it");
        assertTrue(conflicts.waivable(JUDGE, 1));
        assertFalse(conflicts.waivable(JUDGE, 2));
        assertFalse(conflicts.waivable(JUDGE, 3), "nothing detected, nothing to waive");
        assertEquals(Set.of(new Pair(JUDGE, 2)), conflicts.pairs());
    }

    /** Issue 10: a NUL in a conflict reason reached PostgreSQL through Ajax (500 with the SQL shown); now the field says no. */
    @Test
    void aReasonIsProseWithoutControlCharacters() {
        org.greenhub.platform.error.DomainException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                org.greenhub.platform.error.DomainException.class, () -> ConflictTexts.reason("worked there\u0000"));
        org.junit.jupiter.api.Assertions.assertEquals("reason", refusal.field());
        org.junit.jupiter.api.Assertions.assertEquals("platform.validation.forbiddenCharacters", refusal.messageKey());
        org.junit.jupiter.api.Assertions.assertEquals(
                "Worked there\n2019 < 2022", ConflictTexts.reason("  Worked there\n2019 < 2022 "));
        org.junit.jupiter.api.Assertions.assertEquals(
                "evaluation.conflict.reasonRequired",
                org.junit.jupiter.api.Assertions.assertThrows(
                                org.greenhub.platform.error.DomainException.class, () -> ConflictTexts.reason(" "))
                        .messageKey());
    }
}
