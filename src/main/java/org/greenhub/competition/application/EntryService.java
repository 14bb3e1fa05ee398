package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.EntryStatusChange;
import org.greenhub.competition.domain.InformationRequest;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.evaluation.application.SubjectComments;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.organisation.domain.green.MetricProblem;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * The applicant's side of an entry: create it for an organisation they act for (the organisation record is
 * referenced, not retyped), save drafts, submit before the deadline, withdraw, answer information requests, follow
 * the timeline. Every refusal leaves nothing half-stored (one transaction per call).
 */
@ApplicationScoped
public class EntryService {

    /** One line of "my entries". */
    public record MyEntry(
            long id, long competitionId, String title, String organisation, EntryStatus status, Instant updatedAt)
            implements Serializable {}

    @Inject
    CompetitionRepository competitions;

    @Inject
    EntryRepository entries;

    @Inject
    EntryQueries entryQueries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CompetitionAccess access;

    @Inject
    EligibilityService eligibility;

    @Inject
    CompetitionMails mails;

    @Inject
    EntryReferences references;

    @Inject
    SubjectComments subjectComments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The organisations the current user may enter (current founder, legal representative or manager). */
    @Transactional
    public List<Choice> organisationsIMayEnter() {
        UserAccount user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return organisations.affiliationsOf(user.getId()).stream()
                .filter(a -> a.isCurrent(today) && a.getRole().maintainsRecord())
                .map(org.greenhub.organisation.domain.Affiliation::getOrganisation)
                .distinct()
                .map(o -> new Choice(o.getId(), o.getLegalName()))
                .toList();
    }

    /** {@link #create} for the entry form, which needs only the new entry's id to go to it. */
    @Transactional
    public long createEntry(
            long competitionId, long organisationId, String projectTitle, CompetitionGroup group, String track) {
        return create(competitionId, organisationId, projectTitle, group, track).getId();
    }

    @Transactional
    public Entry create(
            long competitionId, long organisationId, String projectTitle, CompetitionGroup group, String track) {
        UserAccount user = currentUser.require();
        Competition competition = competitions.find(competitionId).orElse(null);
        if (competition == null || !access.actsFor(user, organisationId)) {
            throw DomainException.notFound();
        }
        Instant now = Instant.now(clock);
        if (!competition.acceptsSubmissionsAt(now)) {
            throw DomainException.conflict(
                    null,
                    now.isAfter(competition.getSubmissionClosesAt())
                            ? "competition.entry.deadlinePassed"
                            : "competition.entry.notOpen");
        }
        Organisation organisation = organisations.find(organisationId).orElse(null);
        long live = entries.liveEntries(competition, organisation);
        if (live > 0) {
            throw DomainException.conflict("organisation", "competition.entry.alreadyEntered");
        }
        CompetitionGroup chosen = group != null ? group : competition.groupFor(organisation.getFoundingDate());
        Entry entry = new Entry(competition, organisation, user, chosen, track, projectTitle, references.next(), now);
        try {
            entries.add(entry);
            entries.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("organisation", "competition.entry.alreadyEntered");
        }
        audit.record("ENTRY_CREATED", "CompetitionEntry", entry.getId(), null, entry.snapshot(), null);
        return entry;
    }

    @Transactional
    public Entry save(long entryId, Entry.Details details, GreenMetrics metrics, long expectedVersion) {
        Entry entry = access.ownEntry(entryId);
        if (entry.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = entry.snapshot();
        entry.describe(details, Instant.now(clock));
        if (metrics != null) {
            List<MetricProblem> problems = entry.recordMetrics(metrics, clock);
            if (!problems.isEmpty()) {
                throw new MetricsRefused(problems);
            }
        }
        audit.record("ENTRY_SAVED", "CompetitionEntry", entryId, before, entry.snapshot(), null);
        return entry;
    }

    /**
     * Submits the entry: the window must be open at this instant (one second after the deadline is refused), the
     * form complete and the required attachments present. Eligibility is evaluated and stored; it does not block
     * submission (managers decide, and may override a rule with a reason).
     */
    @Transactional
    public Entry submit(long entryId, long expectedVersion) {
        Entry entry = access.ownEntry(entryId);
        if (entry.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Instant now = Instant.now(clock);
        if (entry.getStatus() == EntryStatus.DRAFT
                && now.isAfter(entry.getCompetition().getSubmissionClosesAt())) {
            throw DomainException.conflict(null, "competition.entry.deadlinePassed");
        }
        requireComplete(entry);
        entry.submit(now, currentUser.require());
        eligibility.store(entry);
        audit.record("ENTRY_SUBMITTED", "CompetitionEntry", entryId, null, entry.snapshot(), null);
        mails.entryStep(entry, "submitted", null);
        return entry;
    }

    @Inject
    EntryAttachments attachments;

    /**
     * One thing an entry needs before it may be submitted, done or not: {@code labelKey} names it, {@code step} is
     * the part of the entry page where it is filled in ("details" or "attachments"), {@code field} and
     * {@code missingKey}/{@code missingArg} are the refusal submitting would give, {@code problems} the green
     * metrics' own problems.
     */
    public record CheckItem(
            String labelKey,
            boolean done,
            String step,
            String field,
            String missingKey,
            String missingArg,
            List<MetricProblem> problems)
            implements java.io.Serializable {}

    /**
     * An entry as its page shows it (to whoever may read it): its edition's name in the reader's language, the
     * applicant's answers and figures, the steps of its timeline and its requests for information.
     */
    public record EntryPage(
            long version,
            String reference,
            long competitionId,
            String competitionName,
            String timeZone,
            Instant closesAt,
            String organisation,
            EntryStatus status,
            List<String> tracks,
            List<AttachmentKind> requiredKinds,
            Entry.Details details,
            GreenMetrics metrics,
            List<StatusStep> timeline,
            List<RequestLine> requests)
            implements Serializable {}

    public record StatusStep(EntryStatus status, Instant at, String note) implements Serializable {}

    public record RequestLine(
            long id, String question, Instant deadline, String answer, Instant answeredAt, boolean open)
            implements Serializable {}

    /** {@link #view}, {@link #timeline} and {@link #requests} in one transaction and one access check. */
    @Transactional
    public EntryPage page(long entryId, Language language) {
        Entry entry = view(entryId);
        Competition competition = entry.getCompetition();
        return new EntryPage(
                entry.getVersion(),
                entry.reference(),
                competition.getId(),
                competition.text(language).getName(),
                competition.getTimeZone(),
                competition.getSubmissionClosesAt(),
                entry.getOrganisation().getLegalName(),
                entry.getStatus(),
                List.copyOf(competition.getTracks()),
                List.copyOf(competition.getRequiredAttachments()),
                entry.details(),
                entry.metrics(),
                entries.timeline(entry).stream()
                        .map(c -> new StatusStep(c.getToStatus(), c.getAt(), c.getNote()))
                        .toList(),
                openRequests(entry).stream()
                        .map(r -> new RequestLine(
                                r.getId(),
                                r.getQuestion(),
                                r.getDeadline(),
                                r.getAnswer(),
                                r.getAnsweredAt(),
                                r.isOpen()))
                        .toList());
    }

    /** The completeness checklist of an entry its applicant may act on, in the order of the entry page. */
    @Transactional
    public List<CheckItem> checklist(long entryId) {
        return checklist(access.ownEntry(entryId));
    }

    /** The one definition of "complete": the review page lists it, and submitting refuses its first missing item. */
    List<CheckItem> checklist(Entry entry) {
        List<CheckItem> items = new java.util.ArrayList<>();
        items.add(text("competition.entry.summary", entry.getSummary(), "summary"));
        items.add(text("competition.entry.technology", entry.getTechnology(), "technology"));
        items.add(text("competition.entry.market", entry.getMarket(), "market"));
        items.add(text("competition.entry.team", entry.getTeam(), "team"));
        List<MetricProblem> metrics = entry.metrics().missingForSubmission();
        items.add(new CheckItem(
                "competition.wizard.green",
                metrics.isEmpty(),
                "details",
                "metrics",
                "competition.entry.metricsIncomplete",
                null,
                List.copyOf(metrics)));
        java.util.Set<AttachmentKind> missing = java.util.EnumSet.noneOf(AttachmentKind.class);
        missing.addAll(attachments.missingKinds(entry));
        for (AttachmentKind kind : entry.getCompetition().getRequiredAttachments().stream()
                .sorted()
                .toList()) {
            items.add(new CheckItem(
                    kind.messageKey(),
                    !missing.contains(kind),
                    "attachments",
                    "attachments",
                    "competition.entry.incomplete.attachment",
                    kind.name(),
                    List.of()));
        }
        return items;
    }

    private static CheckItem text(String labelKey, String value, String field) {
        return new CheckItem(
                labelKey,
                value != null && !value.isBlank(),
                "details",
                field,
                "competition.entry.incomplete." + field,
                null,
                List.of());
    }

    private void requireComplete(Entry entry) {
        for (CheckItem item : checklist(entry)) {
            if (item.done()) {
                continue;
            }
            if (!item.problems().isEmpty()) {
                throw new MetricsRefused(item.problems());
            }
            throw item.missingArg() == null
                    ? DomainException.invalid(item.field(), item.missingKey())
                    : DomainException.invalid(item.field(), item.missingKey(), item.missingArg());
        }
    }

    @Transactional
    public Entry withdraw(long entryId, String note) {
        Entry entry = access.ownEntry(entryId);
        EntryStatus before = entry.getStatus();
        entry.withdraw(Instant.now(clock), currentUser.require(), note);
        audit.record(
                "ENTRY_WITHDRAWN",
                "CompetitionEntry",
                entryId,
                Map.of("status", before),
                Map.of("status", entry.getStatus()),
                note);
        if (before != EntryStatus.DRAFT) {
            mails.entryStep(entry, "withdrawn", null);
        }
        return entry;
    }

    @Transactional
    public InformationRequest answer(long requestId, String answer) {
        InformationRequest request = entries.findRequest(requestId).orElse(null);
        if (request == null) {
            throw DomainException.notFound();
        }
        Entry entry = access.ownEntry(request.getEntry().getId());
        Instant now = Instant.now(clock);
        request.answer(answer, currentUser.require(), now);
        if (entry.getStatus() == EntryStatus.INFO_REQUESTED
                && openRequests(entry).stream()
                        .noneMatch(r -> r.isOpen() && !r.getId().equals(requestId))) {
            entry.informationAnswered(now, currentUser.require());
        }
        audit.record(
                "ENTRY_INFO_ANSWERED", "CompetitionEntry", entry.getId(), null, Map.of("request", requestId), null);
        return request;
    }

    /** The entry for anyone who may read its page (its organisation's people, its edition's managers). */
    @Transactional
    public Entry view(long entryId) {
        Entry entry = access.readableEntry(entryId);
        entry.getOrganisation().getLegalName();
        entry.getCompetition().getTracks().size();
        return entry;
    }

    /** Whether the current user may edit and submit this entry (acts for its organisation). */
    @Transactional
    public boolean mayAct(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = entries.find(entryId).orElse(null);
        return entry != null && access.actsFor(user, entry.getOrganisation().getId());
    }

    /** Whether the current user manages the entry's edition (reviews it). */
    @Transactional
    public boolean mayManage(long entryId) {
        UserAccount user = currentUser.require();
        Entry entry = entries.find(entryId).orElse(null);
        return entry != null && access.manages(user, entry.getCompetition());
    }

    @Transactional
    public List<EntryStatusChange> timeline(long entryId) {
        Entry entry = access.readableEntry(entryId);
        return entries.timeline(entry);
    }

    @Transactional
    public List<InformationRequest> requests(long entryId) {
        return openRequests(access.readableEntry(entryId));
    }

    private List<InformationRequest> openRequests(Entry entry) {
        return entries.requests(entry);
    }

    /** The entries of every organisation the current user belongs to, newest first. */
    @Transactional
    public List<MyEntry> mine() {
        List<Long> mine = myOrganisations();
        if (mine.isEmpty()) {
            return List.of();
        }
        return entryQueries.ofOrganisations(mine, 200);
    }

    /** One page of {@link #mine}, and how many there are in all. */
    public record MyEntriesPage(List<MyEntry> rows, long total) {}

    /** {@link #mine} a page at a time, from the database (the API's list). */
    @Transactional
    public MyEntriesPage mine(int offset, int size) {
        List<Long> mine = myOrganisations();
        if (mine.isEmpty()) {
            return new MyEntriesPage(List.of(), 0);
        }
        long total = entryQueries.countOfOrganisations(mine);
        return new MyEntriesPage(total == 0 ? List.of() : entryQueries.ofOrganisations(mine, offset, size), total);
    }

    /** The organisations the current user belongs to today. */
    private List<Long> myOrganisations() {
        UserAccount user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return organisations.affiliationsOf(user.getId()).stream()
                .filter(a -> a.isCurrent(today))
                .map(a -> a.getOrganisation().getId())
                .distinct()
                .toList();
    }

    /**
     * Judges' comments on the entry, anonymous: only once the organiser has released them, and then only from the
     * rounds whose score-visibility rule lets the applicant read them now (never while a round is still open).
     */
    @Transactional
    public List<SubjectComments.Comment> judgeComments(long entryId) {
        Entry entry = access.readableEntry(entryId);
        if (!entry.getCompetition().isCommentsReleased() || entry.getEvaluationSubjectId() == null) {
            return List.of();
        }
        return subjectComments.readableByApplicant(entry.getEvaluationSubjectId());
    }
}
