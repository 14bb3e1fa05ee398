package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.zone.application.ZoneCodes;

/**
 * The reserve's calls as their managers run them: an administrator creates a call and names its managers
 * (programme managers); a manager sees and edits only the calls naming them (any other call is "not found"). A call
 * declares its names in the four languages, its window (days in its time zone), its rules, score bands and listing
 * term; the review's rubric is the one of its round ({@link ReserveReview}). Every change is audited.
 */
@ApplicationScoped
public class ReserveCalls {

    @Inject
    ReserveRepository reserve;

    @Inject
    ReserveCallQueries queries;

    @Inject
    ReserveCallAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ZoneCodes zones;

    /** What a call declares, as the form edits it. */
    public record Settings(
            String nameEn,
            String nameZh,
            String nameTh,
            String nameVi,
            LocalDate opensOn,
            LocalDate closesOn,
            String timeZone,
            Set<GreenCategory> categories,
            Set<Long> zoneIds,
            Set<String> zoneCodes,
            Set<EvidenceKind> requiredEvidence,
            Map<Benefits.Figure, BigDecimal> ceilingsPer10kYuan,
            BigDecimal minimumA,
            BigDecimal minimumB,
            BigDecimal minimumC,
            Integer validityYears)
            implements Serializable {}

    /** A manager named on a call. */
    public record Manager(long id, String name, String email) implements Serializable {}

    /** A call as its page and form show it. */
    public record CallView(
            long id,
            long version,
            LocalisedName name,
            LocalDate opensOn,
            LocalDate closesOn,
            String timeZone,
            CallRules rules,
            GradeBands bands,
            ListingTerm term,
            List<Manager> managers,
            Long evaluationRoundId,
            Map<ProjectStatus, Long> counts,
            Long renewalRoundId,
            long renewalRequests)
            implements Serializable {}

    /** Creates a call naming its first manager; administrators only. Returns the new call's id. */
    @Transactional
    public long create(Settings settings, String firstManagerEmail) {
        access.requireAdministrator();
        UserAccount manager = programmeManager(firstManagerEmail);
        checkZones(settings, Set.of());
        ReserveCall call = new ReserveCall(
                name(settings),
                settings.opensOn(),
                settings.closesOn(),
                rules(settings),
                bands(settings),
                term(settings),
                Instant.now(clock));
        call.window(settings.timeZone());
        call.addManager(manager.getId());
        reserve.add(call);
        audit.record("RESERVE_CALL_CREATED", "ReserveCall", call.getId(), null, snapshot(call), null);
        return call.getId();
    }

    /** Changes what the call declares; the version the manager saw must still be current. */
    @Transactional
    public void change(long callId, Settings settings, long expectedVersion) {
        ReserveCall call = access.managedCall(callId);
        if (call.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "reserve.review.call.changedElsewhere");
        }
        checkZones(settings, call.rules().zoneCodes());
        Map<String, Object> before = snapshot(call);
        call.change(
                name(settings),
                settings.opensOn(),
                settings.closesOn(),
                settings.timeZone(),
                rules(settings),
                bands(settings),
                term(settings));
        audit.record("RESERVE_CALL_CHANGED", "ReserveCall", callId, before, snapshot(call), null);
    }

    /** Names another programme manager on the call; administrators only. */
    @Transactional
    public void addManager(long callId, String email) {
        access.requireAdministrator();
        ReserveCall call = access.managedCall(callId);
        UserAccount manager = programmeManager(email);
        if (call.addManager(manager.getId())) {
            audit.record(
                    "RESERVE_CALL_MANAGER_ADDED",
                    "ReserveCall",
                    callId,
                    null,
                    Map.of("manager", manager.getEmail()),
                    null);
        }
    }

    @Transactional
    public void removeManager(long callId, long userId) {
        access.requireAdministrator();
        ReserveCall call = access.managedCall(callId);
        if (call.removeManager(userId)) {
            audit.record("RESERVE_CALL_MANAGER_REMOVED", "ReserveCall", callId, Map.of("manager", userId), null, null);
        }
    }

    /** The calls the current user manages (every call for administrators), newest first. */
    @Transactional
    public List<ReserveCallQueries.CallLine> mine() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR) && !user.hasRole(Role.PROGRAMME_MANAGER)) {
            throw DomainException.forbidden();
        }
        List<Long> ids = reserve.callIdsManagedBy(user.hasRole(Role.ADMINISTRATOR) ? null : user.getId());
        return ids.isEmpty() ? List.of() : queries.calls(ids);
    }

    /** One call with its managers and its projects counted by status; "not found" to anyone who does not manage it. */
    @Transactional
    public CallView view(long callId) {
        ReserveCall call = access.managedCall(callId);
        List<Manager> managers = new ArrayList<>();
        for (long id : call.getManagerIds()) {
            accounts.find(id).ifPresent(u -> managers.add(new Manager(u.getId(), u.getDisplayName(), u.getEmail())));
        }
        managers.sort(Comparator.comparing(Manager::email));
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        counts.putAll(queries.statusCounts(callId));
        return new CallView(
                call.getId(),
                call.getVersion(),
                call.getName(),
                call.getOpensOn(),
                call.getClosesOn(),
                call.getTimeZone(),
                call.rules(),
                call.bands(),
                call.term(),
                List.copyOf(managers),
                call.getEvaluationRoundId(),
                counts,
                call.getRenewalRoundId(),
                renewalRequests(callId));
    }

    /** The call's listings whose owners asked for a renewal that no review has taken up yet. */
    private long renewalRequests(long callId) {
        long requested = 0;
        for (ProjectStatus status : List.of(ProjectStatus.LISTED, ProjectStatus.LAPSED)) {
            requested += reserve.projectsOfCall(callId, status).stream()
                    .filter(ReserveProject::awaitsRenewalReview)
                    .count();
        }
        return requested;
    }

    /** One page of the call's projects (drafts never); the access check is one statement per page. */
    @Transactional
    public List<ReserveCallQueries.ProjectLine> projects(
            long callId, ProjectStatus status, int first, int size, String sortField, boolean ascending) {
        requireManager(callId);
        return queries.projects(callId, status, first, size, sortField, ascending);
    }

    @Transactional
    public long countProjects(long callId, ProjectStatus status) {
        requireManager(callId);
        return queries.countProjects(callId, status);
    }

    private void requireManager(long callId) {
        UserAccount user = currentUser.require();
        boolean found = user.hasRole(Role.ADMINISTRATOR)
                ? reserve.findCall(callId).isPresent()
                : user.hasRole(Role.PROGRAMME_MANAGER) && reserve.callManagedBy(callId, user.getId());
        if (!found) {
            throw DomainException.notFound();
        }
    }

    private UserAccount programmeManager(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip())
                .filter(u -> u.hasRole(Role.PROGRAMME_MANAGER))
                .orElseThrow(() -> DomainException.invalid("managerEmail", "reserve.review.call.notAManager"));
    }

    private static LocalisedName name(Settings s) {
        return LocalisedName.name("name", 200, s.nameEn(), s.nameZh(), s.nameTh(), s.nameVi());
    }

    private static CallRules rules(Settings s) {
        return new CallRules(s.categories(), s.zoneIds(), s.zoneCodes(), s.requiredEvidence(), s.ceilingsPer10kYuan());
    }

    /**
     * A call's zones are zone records: each id must name one (read through zone's published {@link ZoneCodes}). A code
     * of a zone GreenHub has no record of may only be kept where the call already had it (as calls declared zones
     * before they were records); none can be added.
     */
    private void checkZones(Settings s, Set<String> kept) {
        if (s.zoneIds() != null
                && s.zoneIds().stream()
                        .anyMatch(id -> id == null || zones.code(id).isEmpty())) {
            throw DomainException.invalid("zones", "reserve.call.zoneUnknown");
        }
        if (s.zoneCodes() != null && !kept.containsAll(s.zoneCodes())) {
            throw DomainException.invalid("zones", "reserve.call.zoneUnknown");
        }
    }

    /** The zone records a call may name, in the caller's language. */
    @Transactional
    public List<ZoneCodes.Coded> zoneChoices() {
        return zones.all(currentUser.require().getLanguage());
    }

    /** The call's zones named in the reader's language, then the kept codes of zones without a record. */
    @Transactional
    public List<String> zoneNames(CallRules rules) {
        org.greenhub.platform.i18n.Language language = currentUser.require().getLanguage();
        List<String> names = new ArrayList<>();
        zones.all(language).stream()
                .filter(z -> rules.zoneIds().contains(z.id()))
                .forEach(z -> names.add(z.name()));
        rules.zoneCodes().stream().sorted().forEach(names::add);
        return names;
    }

    private static GradeBands bands(Settings s) {
        return new GradeBands(s.minimumA(), s.minimumB(), s.minimumC());
    }

    private static ListingTerm term(Settings s) {
        return s.validityYears() == null ? ListingTerm.DEFAULT : new ListingTerm(s.validityYears());
    }

    private static Map<String, Object> snapshot(ReserveCall call) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", call.getName().english());
        state.put(
                "window",
                call.getOpensOn() + ".." + (call.getClosesOn() == null ? "" : call.getClosesOn()) + " "
                        + call.getTimeZone());
        state.put("rules", call.rules().toString());
        state.put("bands", call.bands().toString());
        state.put("validityYears", call.term().validityYears());
        return state;
    }
}
