package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.EligibilityCheck;
import org.greenhub.competition.domain.EligibilityRule;
import org.greenhub.competition.domain.EligibilityRules;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * Runs the eligibility rules for an entry: live while the applicant fills in the form, stored at submission (and
 * whenever a manager re-checks), and lets a manager override one rule's result with a recorded reason.
 */
@ApplicationScoped
public class EligibilityService {

    /** One rule as shown: the result that counts, the automatic reason, and the override if any. */
    public record RuleView(
            EligibilityRule rule,
            boolean passed,
            boolean automaticPassed,
            String reasonKey,
            String[] args,
            boolean overridden,
            String overrideReason)
            implements Serializable {}

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
    SectorScreening screening;

    /** The rules evaluated now, with stored overrides applied (for anyone who may read the entry). */
    @Transactional
    public List<RuleView> live(long entryId) {
        Entry entry = access.readableEntry(entryId);
        return views(entry, EligibilityRules.evaluate(facts(entry)));
    }

    /** The rules evaluated now with overrides, for an entry the caller already holds (mails after a decision). */
    List<RuleView> current(Entry entry) {
        return views(entry, EligibilityRules.evaluate(facts(entry)));
    }

    List<RuleView> views(Entry entry, List<EligibilityRules.Result> results) {
        Map<EligibilityRule, EligibilityCheck> stored = stored(entry);
        return results.stream()
                .map(r -> {
                    EligibilityCheck check = stored.get(r.rule());
                    boolean overridden = check != null && check.getOverridePassed() != null;
                    return new RuleView(
                            r.rule(),
                            overridden ? check.getOverridePassed() : r.passed(),
                            r.passed(),
                            r.reasonKey(),
                            r.args(),
                            overridden,
                            overridden ? check.getOverrideReason() : null);
                })
                .toList();
    }

    /** Evaluates and stores every rule's result; true when all pass (after overrides). Joins the caller's transaction. */
    @Transactional
    public boolean store(Entry entry) {
        Instant now = Instant.now(clock);
        Map<EligibilityRule, EligibilityCheck> stored = stored(entry);
        boolean all = true;
        for (EligibilityRules.Result result : EligibilityRules.evaluate(facts(entry))) {
            EligibilityCheck check = stored.get(result.rule());
            if (check == null) {
                check = new EligibilityCheck(entry, result.rule());
                check.record(result.passed(), result.reasonKey(), result.args(), now);
                entries.addCheck(check);
            } else {
                check.record(result.passed(), result.reasonKey(), result.args(), now);
            }
            all &= check.effectivePassed();
        }
        return all;
    }

    /** The stored results (what the manager decided on), for anyone who may read the entry. */
    @Transactional
    public List<EligibilityCheck> storedChecks(long entryId) {
        Entry entry = access.readableEntry(entryId);
        return entries.checks(entry);
    }

    /** A manager sets one rule's result by hand, with a reason (recorded and audited); null result clears the override. */
    @Transactional
    public void override(long entryId, EligibilityRule rule, Boolean passed, String reason) {
        Entry entry = access.managedEntry(entryId);
        if (!entry.getStatus().isSubmitted()) {
            throw DomainException.conflict(
                    null, "competition.entry.wrongStatus", entry.getStatus().name());
        }
        store(entry);
        EligibilityCheck check = stored(entry).get(rule);
        Map<String, Object> before = Map.of("rule", rule, "passed", check.effectivePassed());
        if (passed == null) {
            check.clearOverride();
        } else {
            check.override(passed, reason, currentUser.require(), Instant.now(clock));
        }
        audit.record(
                "ENTRY_ELIGIBILITY_OVERRIDDEN",
                "CompetitionEntry",
                entryId,
                before,
                Map.of("rule", rule, "passed", check.effectivePassed()),
                reason == null ? null : reason.strip());
    }

    private Map<EligibilityRule, EligibilityCheck> stored(Entry entry) {
        if (entry.getId() == null) {
            return Map.of();
        }
        return entries.checks(entry).stream().collect(Collectors.toMap(EligibilityCheck::getRule, Function.identity()));
    }

    EligibilityRules.Facts facts(Entry entry) {
        Competition competition = entry.getCompetition();
        Organisation organisation = entry.getOrganisation();
        List<Object[]> earlier = entries.earlierAwards(organisation, competition.getSeriesKey(), competition.getId());
        Optional<Object[]> prize = earlier.stream()
                .filter(row -> ((AwardTierCode) row[0]).isPrize())
                .findFirst();
        return new EligibilityRules.Facts(
                entry.getGroup(),
                organisation.getFoundingDate(),
                competition.getStartupFoundedOnOrAfter(),
                entry.getRevenuePreviousYear(),
                competition.getRevenueCapYuan(),
                entry.isIpOwnershipDeclared(),
                prize.map(row -> (AwardTierCode) row[0]).orElse(null),
                prize.map(row -> (String) row[1]).orElse(null),
                earlier.size(),
                competition.getMaxAwardsPerOrganisation(),
                organisation.getSector(),
                screening.restrictedActivity(organisation).orElse(null));
    }

    static boolean allPass(List<RuleView> views) {
        return views.stream().allMatch(RuleView::passed);
    }

    static final EnumSet<EligibilityRule> ALL = EnumSet.allOf(EligibilityRule.class);
}
