package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.greenhub.competition.domain.Entry;
import org.greenhub.platform.error.DomainException;

/**
 * A manager's actions on several entries of one competition at once. Each entry goes through the same single-entry
 * use case and its checks (the caller must manage that entry's competition); the action is all-or-nothing: when any
 * entry is refused, nothing is applied and every refusal is reported with its reason.
 */
@ApplicationScoped
public class EntryBulkActions {

    /** At most this many entries per action: a page of the list at its largest. */
    public static final int MAX_ENTRIES = 100;

    @Inject
    CompetitionAccess access;

    @Inject
    EntryReview review;

    /** One entry that was refused: its reference when the caller may see the entry (otherwise only the id it sent). */
    public record Refusal(long entryId, String reference, String messageKey, Object[] args) implements Serializable {}

    /** Nothing was applied; the refusals say which entries stood in the way and why. Rolls the transaction back. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.size() + " entries refused");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** Asks the applicants of the given entries for more information, with one question and deadline; answers how many. */
    @Transactional
    public int requestInformation(long competitionId, List<Long> entryIds, String question, Instant deadline) {
        access.managedCompetition(competitionId);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(entryIds));
        if (ids.isEmpty()) {
            throw DomainException.invalid(null, "competition.bulk.noneSelected");
        }
        if (ids.size() > MAX_ENTRIES) {
            throw DomainException.invalid(null, "competition.bulk.tooMany", MAX_ENTRIES);
        }
        // first every entry's permission, so that a foreign entry is reported before anything is written
        List<Refusal> refusals = new ArrayList<>();
        java.util.Map<Long, String> references = new java.util.HashMap<>();
        for (long id : ids) {
            try {
                Entry entry = access.managedEntry(id);
                if (entry.getCompetition().getId() != competitionId) {
                    throw DomainException.notFound();
                }
                references.put(id, entry.reference());
            } catch (DomainException refusal) {
                refusals.add(new Refusal(id, null, refusal.messageKey(), refusal.args()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        for (long id : ids) {
            try {
                review.requestInformation(id, question, deadline);
            } catch (DomainException refusal) {
                // the entry's state or the question refused it: the whole action is undone (the transaction may only
                // roll back now, so nothing more is read), and this entry is named
                throw new Refused(List.of(new Refusal(id, references.get(id), refusal.messageKey(), refusal.args())));
            }
        }
        return ids.size();
    }
}
