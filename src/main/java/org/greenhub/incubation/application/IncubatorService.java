package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.domain.Mentor;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.SearchKey;

/**
 * The incubator record: administrators create incubators and name their managers; the managers keep the record.
 * Every change is audited; an edit carries the version the manager saw.
 */
@ApplicationScoped
public class IncubatorService {

    /** What a form sends: the operator as an organisation id, the rest as in {@link Incubator.Details}. */
    public record IncubatorDraft(
            Long operatorOrganisationId,
            org.greenhub.incubation.domain.IncubatorKind kind,
            Map<Language, String> names,
            java.util.Set<org.greenhub.organisation.domain.green.GreenFocusArea> specialisation,
            String zone,
            BigDecimal floorAreaM2,
            Integer workstations,
            java.util.Set<org.greenhub.incubation.domain.IncubatorServiceKind> services,
            List<Mentor> mentors) {}

    @Inject
    IncubatorRepository incubators;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    IntakeQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    IncubatorAccess access;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ZoneNames zoneNames;

    /** One line of a manager's list of incubators, the name in the reader's language. */
    public record ManagedIncubator(
            long id, String name, org.greenhub.incubation.domain.IncubatorKind kind, String zone, String operator)
            implements java.io.Serializable {}

    /**
     * An incubator's record as its managers edit it, with the version they saw and its name in the reader's language;
     * {@code zoneId} is the zone record it is in, {@code zone} the free text kept for a zone GreenHub has no record of.
     */
    public record IncubatorRecord(
            long id,
            long version,
            String title,
            long operatorId,
            String operatorName,
            org.greenhub.incubation.domain.IncubatorKind kind,
            Map<Language, String> names,
            java.util.Set<org.greenhub.organisation.domain.green.GreenFocusArea> specialisation,
            String zone,
            Long zoneId,
            BigDecimal floorAreaM2,
            Integer workstations,
            java.util.Set<org.greenhub.incubation.domain.IncubatorServiceKind> services,
            List<Mentor> mentors)
            implements java.io.Serializable {}

    /** A manager of an incubator as the record page lists them. */
    public record Manager(long id, String name, String email) implements java.io.Serializable {}

    /**
     * Administrators only.
     *
     * @return the new incubator's id
     */
    @Transactional
    public long create(IncubatorDraft draft) {
        currentUser.require(Role.ADMINISTRATOR);
        Incubator incubator = new Incubator(details(draft), Instant.now(clock));
        incubators.add(incubator);
        audit.record("INCUBATOR_CREATED", "Incubator", incubator.getId(), null, snapshot(incubator), null);
        return incubator.getId();
    }

    /** The incubator's managers (and administrators) keep its record; the zone record it points at stays. */
    @Transactional
    public Incubator update(long incubatorId, IncubatorDraft draft, long expectedVersion) {
        return update(incubatorId, draft, access.requireManager(incubatorId).getZoneId(), expectedVersion);
    }

    /**
     * The incubator's managers (and administrators) keep its record, with the zone record it is in ({@code null}:
     * none, the draft's text names the zone). A zone id that names no zone is refused beside the zone field.
     */
    @Transactional
    public Incubator update(long incubatorId, IncubatorDraft draft, Long zoneId, long expectedVersion) {
        Incubator incubator = access.requireManager(incubatorId);
        if (incubator.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        if (zoneId != null && zoneNames.name(zoneId, Language.ENGLISH).isEmpty()) {
            throw DomainException.invalid("zone", "organisation.validation.zoneUnknown");
        }
        Map<String, Object> before = snapshot(incubator);
        incubator.describe(details(draft));
        incubator.placeIn(zoneId);
        audit.record("INCUBATOR_UPDATED", "Incubator", incubatorId, before, snapshot(incubator), null);
        return incubator;
    }

    /** Administrators name the managers of an incubator; only programme managers qualify. */
    @Transactional
    public void addManager(long incubatorId, String email) {
        currentUser.require(Role.ADMINISTRATOR);
        Incubator incubator = access.requireManager(incubatorId);
        UserAccount user = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> DomainException.invalid("managerEmail", "incubation.incubator.managerUnknown"));
        if (!user.hasRole(Role.PROGRAMME_MANAGER)) {
            throw DomainException.invalid("managerEmail", "incubation.incubator.managerNotProgrammeManager");
        }
        incubator.addManager(user.getId());
        audit.record(
                "INCUBATOR_MANAGER_ADDED", "Incubator", incubatorId, null, Map.of("manager", user.getEmail()), null);
    }

    @Transactional
    public void removeManager(long incubatorId, long userId) {
        currentUser.require(Role.ADMINISTRATOR);
        Incubator incubator = access.requireManager(incubatorId);
        incubator.removeManager(userId);
        audit.record("INCUBATOR_MANAGER_REMOVED", "Incubator", incubatorId, Map.of("manager", userId), null, null);
    }

    /** An incubator the signed-in user manages (404 otherwise). */
    @Transactional
    public IncubatorRecord view(long incubatorId, Language language) {
        Incubator incubator = access.requireManager(incubatorId);
        return new IncubatorRecord(
                incubator.getId(),
                incubator.getVersion(),
                incubator.name(language),
                incubator.getOperator().getId(),
                incubator.getOperator().getLegalName(),
                incubator.getKind(),
                incubator.namesByLanguage(),
                java.util.Set.copyOf(incubator.getSpecialisation()),
                incubator.getZone(),
                incubator.getZoneId(),
                incubator.getFloorAreaM2(),
                incubator.getWorkstations(),
                java.util.Set.copyOf(incubator.getServices()),
                List.copyOf(incubator.getMentors()));
    }

    /** The incubators the signed-in user manages, each zone named in {@code language}. */
    @Transactional
    public List<ManagedIncubator> managed(Language language) {
        List<Long> ids = access.managedIncubatorIds(currentUser.require());
        if (ids.isEmpty()) {
            return List.of();
        }
        return incubators.withIds(ids).stream()
                .map(i -> new ManagedIncubator(
                        i.getId(),
                        i.name(language),
                        i.getKind(),
                        zoneNames.label(i.getZoneId(), i.getZone(), language),
                        i.getOperator().getLegalName()))
                .toList();
    }

    @Transactional
    public List<Manager> managers(long incubatorId) {
        Incubator incubator = access.requireManager(incubatorId);
        return incubator.getManagerIds().stream()
                .map(accounts::find)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(UserAccount::getEmail))
                .map(u -> new Manager(u.getId(), u.getDisplayName(), u.getEmail()))
                .toList();
    }

    /** An organisation an administrator may choose as an incubator's operator. */
    public record OperatorChoice(long id, String label) implements java.io.Serializable {}

    /** Organisations whose name or registration code matches, for the administrators' operator choice. */
    public List<OperatorChoice> operatorCandidates(String text, int max) {
        Language language = currentUser.require(Role.ADMINISTRATOR).getLanguage();
        String key = SearchKey.of(text == null ? "" : text);
        return queries.organisationsMatching(SearchKey.likeContains(key), max).stream()
                .map(o -> new OperatorChoice(o.getId(), o.getLegalName() + zoneSuffix(o, language)))
                .toList();
    }

    private String zoneSuffix(Organisation organisation, Language language) {
        String zone = zoneNames.label(organisation.getZoneId(), organisation.getZone(), language);
        return zone == null ? "" : " · " + zone;
    }

    private Incubator.Details details(IncubatorDraft draft) {
        Organisation operator = draft.operatorOrganisationId() == null
                ? null
                : organisationRepository.find(draft.operatorOrganisationId()).orElse(null);
        if (draft.operatorOrganisationId() != null && operator == null) {
            throw DomainException.invalid("operator", "incubation.incubator.operatorUnknown");
        }
        return new Incubator.Details(
                operator,
                draft.kind(),
                draft.names(),
                draft.specialisation(),
                draft.zone(),
                draft.floorAreaM2(),
                draft.workstations(),
                draft.services(),
                draft.mentors());
    }

    static Map<String, Object> snapshot(Incubator incubator) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("operator", incubator.getOperator().getId());
        values.put("kind", incubator.getKind());
        values.put("names", new java.util.TreeMap<>(incubator.namesByLanguage()));
        values.put("specialisation", new java.util.TreeSet<>(incubator.getSpecialisation()));
        values.put("zone", incubator.getZone());
        values.put("zoneId", incubator.getZoneId());
        values.put("floorAreaM2", incubator.getFloorAreaM2());
        values.put("workstations", incubator.getWorkstations());
        values.put("services", new java.util.TreeSet<>(incubator.getServices()));
        values.put(
                "mentors", incubator.getMentors().stream().map(Mentor::getName).toList());
        return values;
    }
}
