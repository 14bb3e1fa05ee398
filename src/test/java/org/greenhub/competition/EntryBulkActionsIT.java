package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.application.EntryBulkActions;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A manager asks several entries at once for more information: each entry is checked as the single-entry action
 * checks it, and the action is all-or-nothing. One entry of another manager's competition in the selection is
 * refused (named by its id only, as it is hidden) and nothing is applied, not even to the manager's own entries.
 */
class EntryBulkActionsIT extends InServerTest {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    EntryReview review;

    @Inject
    EntryBulkActions bulk;

    @Inject
    org.greenhub.competition.application.EntryExport export;

    private record Competition(long manager, long id, List<Long> entries) {}

    private Competition competitionWithEntries(String name) {
        long manager = people.person("Manager " + name, Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Founder " + name, Language.CHINESE, Role.APPLICANT);
        long organiser = people.organisation("Zone " + name);
        long competition = competitions.publishedCompetition(
                TestData.unique("bulk").toLowerCase(),
                organiser,
                manager,
                TestTime.now().plus(Duration.ofDays(5)));
        assertEquals(3, competitions.bulkSubmittedEntries(competition, applicant, 3, TestData.unique(name)));
        actingAs.user(manager);
        List<Long> entries =
                review.page(competition, new EntryReview.Filter(null, null, null, null), 0, 10, null, true).stream()
                        .map(EntryReview.Row::id)
                        .toList();
        return new Competition(manager, competition, entries);
    }

    private EntryStatus status(long entryId) {
        return competitions.entry(entryId).getStatus();
    }

    @Test
    void anEntryOfAnotherManagersCompetitionIsRefusedAndNothingIsApplied() {
        Competition other = competitionWithEntries("Other");
        Competition mine = competitionWithEntries("Mine");
        Instant due = TestTime.now().plus(Duration.ofDays(7));
        long foreign = other.entries().get(0);

        actingAs.user(mine.manager());
        List<Long> selection = List.of(mine.entries().get(0), mine.entries().get(1), foreign);
        EntryBulkActions.Refused refused = assertThrows(
                EntryBulkActions.Refused.class,
                () -> bulk.requestInformation(mine.id(), selection, "Please add your 2025 energy audit.", due));
        assertEquals(1, refused.refusals().size());
        EntryBulkActions.Refusal refusal = refused.refusals().get(0);
        assertEquals(foreign, refusal.entryId());
        assertNull(refusal.reference(), "a hidden entry is named by the id the caller sent, nothing more");
        assertEquals(DomainException.notFound().messageKey(), refusal.messageKey());
        for (long entry : mine.entries()) {
            assertEquals(EntryStatus.SUBMITTED, status(entry), "nothing applied to the manager's own entries");
        }
        assertEquals(EntryStatus.SUBMITTED, status(foreign));

        // Nor can the manager act on the other competition itself.
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(
                                DomainException.class,
                                () -> bulk.requestInformation(other.id(), List.of(foreign), "Why?", due))
                        .kind());

        // Without the foreign entry, every selected entry is asked.
        assertEquals(
                2,
                bulk.requestInformation(mine.id(), selection.subList(0, 2), "Please add your 2025 energy audit.", due));
        assertEquals(EntryStatus.INFO_REQUESTED, status(mine.entries().get(0)));
        assertEquals(EntryStatus.INFO_REQUESTED, status(mine.entries().get(1)));
        assertEquals(EntryStatus.SUBMITTED, status(mine.entries().get(2)));
    }

    @Test
    void anEntryWhoseStateRefusesUndoesTheOthersAndIsNamed() {
        Competition mine = competitionWithEntries("State");
        Instant due = TestTime.now().plus(Duration.ofDays(7));
        actingAs.user(mine.manager());
        bulk.requestInformation(mine.id(), List.of(mine.entries().get(2)), "First question.", due);

        EntryBulkActions.Refused refused = assertThrows(
                EntryBulkActions.Refused.class,
                () -> bulk.requestInformation(mine.id(), mine.entries(), "Second question.", due));
        assertEquals(
                List.of(mine.entries().get(2)),
                refused.refusals().stream()
                        .map(EntryBulkActions.Refusal::entryId)
                        .toList());
        assertEquals(
                EntryStatus.SUBMITTED,
                status(mine.entries().get(0)),
                "the entries asked before the refused one are undone");
        assertEquals(EntryStatus.SUBMITTED, status(mine.entries().get(1)));
        assertEquals(EntryStatus.INFO_REQUESTED, status(mine.entries().get(2)));
    }

    @Test
    void theTickedEntriesExportHoldsOnlyThemAndNoEntryOfAnotherCompetition() {
        Competition other = competitionWithEntries("Export other");
        Competition mine = competitionWithEntries("Export mine");
        actingAs.user(mine.manager());
        String whole = new String(
                export.export(mine.id(), org.greenhub.evaluation.application.ExportFile.Format.CSV, Language.ENGLISH)
                        .content(),
                java.nio.charset.StandardCharsets.UTF_8);
        String ticked = new String(
                export.export(
                                mine.id(),
                                org.greenhub.evaluation.application.ExportFile.Format.CSV,
                                Language.ENGLISH,
                                List.of(mine.entries().get(1), other.entries().get(0)))
                        .content(),
                java.nio.charset.StandardCharsets.UTF_8);
        // the header and one line: the ticked entry of this competition; the other competition's id matches nothing
        assertEquals(2, ticked.strip().split("\\R").length, ticked);
        assertEquals(4, whole.strip().split("\\R").length, whole);
        String reference = competitions.entry(mine.entries().get(1)).reference();
        assertTrue(ticked.contains(reference), ticked);
        assertFalse(ticked.contains(competitions.entry(mine.entries().get(0)).reference()), ticked);
    }
}
