package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.InformationRequest;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * The managers' review of an edition's entries: a list paged, sorted and filtered in the database (two statements
 * per page whatever the edition's size), information requests with a deadline, the eligibility decision.
 * Drafts are the applicants' own and never listed.
 */
@ApplicationScoped
public class EntryReview {

    /** Filters of the list; null or blank: any. {@code text} matches title and organisation names in any script. */
    public record Filter(EntryStatus status, CompetitionGroup group, String track, String text)
            implements Serializable {}

    /** One row of the list. */
    public record Row(
            long id,
            String reference,
            String title,
            String organisation,
            CompetitionGroup group,
            String track,
            EntryStatus status,
            Instant submittedAt,
            BigDecimal revenue)
            implements Serializable {}

    private static final Map<String, String> SORTS = Map.of(
            "title",
            "e.projectTitle",
            "organisation",
            "o.legalName",
            "status",
            "e.status",
            "submittedAt",
            "e.submittedAt",
            "group",
            "e.group",
            "track",
            "e.track",
            "reference",
            "e.reference");

    @Inject
    EntryQueries queries;

    @Inject
    EntryRepository entries;

    @Inject
    CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CompetitionMails mails;

    @Inject
    EligibilityService eligibility;

    @Transactional
    public List<Row> page(long competitionId, Filter filter, int first, int size, String sortField, boolean ascending) {
        access.requireManager(competitionId);
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "e.id");
        return queries.page(competitionId, filter, first, size, order, ascending);
    }

    @Transactional
    public long count(long competitionId, Filter filter) {
        access.requireManager(competitionId);
        return queries.count(competitionId, filter);
    }

    /** The entry with its organisation, for its managers. */
    @Transactional
    public Entry entry(long entryId) {
        Entry entry = access.managedEntry(entryId);
        entry.getOrganisation().getLegalName();
        entry.getCompetition().getTracks().size();
        return entry;
    }

    @Transactional
    public InformationRequest requestInformation(long entryId, String question, Instant deadline) {
        Entry entry = access.managedEntry(entryId);
        UserAccount manager = currentUser.require();
        Instant now = Instant.now(clock);
        InformationRequest request = new InformationRequest(entry, question, deadline, manager, now);
        entry.requestInformation(now, manager, question);
        entries.addRequest(request);
        audit.record("ENTRY_INFO_REQUESTED", "CompetitionEntry", entryId, null, Map.of("deadline", deadline), question);
        mails.entryStep(entry, "infoRequested", question);
        return request;
    }

    /** Records the eligibility decision: stores the rules' results (with overrides) and sets ELIGIBLE or INELIGIBLE. */
    @Transactional
    public Entry decide(long entryId, boolean eligible, String note) {
        Entry entry = access.managedEntry(entryId);
        boolean rulesPass = eligibility.store(entry);
        if (eligible && !rulesPass) {
            throw DomainException.conflict(null, "competition.review.rulesFail");
        }
        EntryStatus before = entry.getStatus();
        entry.decideEligibility(eligible, Instant.now(clock), currentUser.require(), note);
        audit.record(
                "ENTRY_ELIGIBILITY_DECIDED",
                "CompetitionEntry",
                entryId,
                Map.of("status", before),
                Map.of("status", entry.getStatus()),
                note);
        if (before != entry.getStatus()) {
            mails.entryStep(entry, eligible ? "eligible" : "ineligible", note);
        }
        return entry;
    }

    /** Decides every submitted entry of the edition by its rules' results (with overrides); returns how many became eligible. */
    @Transactional
    public int decideAllByRules(long competitionId) {
        access.managedCompetition(competitionId);
        List<Entry> submitted = entries.inStatus(competitionId, EntryStatus.SUBMITTED);
        int eligible = 0;
        UserAccount manager = currentUser.require();
        Instant now = Instant.now(clock);
        for (Entry entry : submitted) {
            boolean pass = eligibility.store(entry);
            entry.decideEligibility(pass, now, manager, null);
            if (pass) {
                mails.entryStep(entry, "eligible", null);
            } else {
                mails.ineligibleByRules(entry, eligibility.current(entry));
            }
            eligible += pass ? 1 : 0;
        }
        audit.record(
                "ENTRIES_DECIDED_BY_RULES",
                "Competition",
                competitionId,
                null,
                Map.of("decided", submitted.size(), "eligible", eligible),
                null);
        return eligible;
    }
}
