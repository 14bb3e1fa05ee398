package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.InformationRequest;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The managers' review of an edition's entries: a list paged, sorted and filtered in the database (two statements
 * per page whatever the edition's size), information requests with a deadline, the eligibility decision.
 * Drafts are the applicants' own and never listed.
 */
@ApplicationScoped
public class EntryReview {

    /** Filters of the list; null or blank: any. {@code text} matches title and organisation names in any script. */
    public record Filter(EntryStatus status, CompetitionGroup group, String track, String text) implements Serializable {
    }

    /** One row of the list. */
    public record Row(long id, String reference, String title, String organisation, CompetitionGroup group, String track,
                      EntryStatus status, Instant submittedAt, BigDecimal revenue) implements Serializable {
    }

    private static final Map<String, String> SORTS = Map.of(
            "title", "e.projectTitle", "organisation", "o.legalName", "status", "e.status", "submittedAt", "e.submittedAt",
            "group", "e.group", "track", "e.track", "reference", "e.reference");

    @PersistenceContext
    EntityManager em;

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
        StringBuilder jpql = new StringBuilder("select new org.greenhub.competition.application.EntryReview$Row(e.id, e.reference, e.projectTitle, o.legalName, "
                + "e.group, e.track, e.status, e.submittedAt, e.revenuePreviousYear) from Entry e join e.organisation o");
        List<Object> parameters = new ArrayList<>();
        where(jpql, parameters, competitionId, filter);
        jpql.append(" order by ").append(order).append(ascending ? " asc" : " desc").append(", e.id");
        TypedQuery<Row> query = em.createQuery(jpql.toString(), Row.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.setFirstResult(first).setMaxResults(Math.min(size, 500)).getResultList();
    }

    @Transactional
    public long count(long competitionId, Filter filter) {
        access.requireManager(competitionId);
        StringBuilder jpql = new StringBuilder("select count(e) from Entry e");
        List<Object> parameters = new ArrayList<>();
        where(jpql, parameters, competitionId, filter);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getSingleResult();
    }

    private static void where(StringBuilder jpql, List<Object> parameters, long competitionId, Filter filter) {
        parameters.add(competitionId);
        jpql.append(" where e.competition.id = ?1");
        parameters.add(EntryStatus.DRAFT);
        jpql.append(" and e.status <> ?2");
        if (filter == null) {
            return;
        }
        if (filter.status() != null) {
            parameters.add(filter.status());
            jpql.append(" and e.status = ?").append(parameters.size());
        }
        if (filter.group() != null) {
            parameters.add(filter.group());
            jpql.append(" and e.group = ?").append(parameters.size());
        }
        if (filter.track() != null && !filter.track().isBlank()) {
            parameters.add(filter.track());
            jpql.append(" and e.track = ?").append(parameters.size());
        }
        for (String word : SearchKey.words(filter.text())) {
            parameters.add(SearchKey.likeContains(word));
            jpql.append(" and e.searchKey like ?").append(parameters.size()).append(" escape '\\'");
        }
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
        em.persist(request);
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
        audit.record("ENTRY_ELIGIBILITY_DECIDED", "CompetitionEntry", entryId, Map.of("status", before), Map.of("status", entry.getStatus()), note);
        if (before != entry.getStatus()) {
            mails.entryStep(entry, eligible ? "eligible" : "ineligible", note);
        }
        return entry;
    }

    /** Decides every submitted entry of the edition by its rules' results (with overrides); returns how many became eligible. */
    @Transactional
    public int decideAllByRules(long competitionId) {
        access.managedCompetition(competitionId);
        List<Entry> submitted = em.createQuery("select e from Entry e where e.competition.id = :c and e.status = :s", Entry.class)
                .setParameter("c", competitionId).setParameter("s", EntryStatus.SUBMITTED).getResultList();
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
        audit.record("ENTRIES_DECIDED_BY_RULES", "Competition", competitionId, null,
                Map.of("decided", submitted.size(), "eligible", eligible), null);
        return eligible;
    }
}
