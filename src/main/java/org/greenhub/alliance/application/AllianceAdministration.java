package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.CouncilMember;
import org.greenhub.alliance.domain.EvaluationWeights;
import org.greenhub.alliance.domain.MemberCategory;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * The alliance record: administrators create alliances and name their coordinators; the coordinators keep the
 * record (names, focus, lead organisation, council size, member categories and dues, evaluation weights, renewal
 * periods).
 */
@ApplicationScoped
@Transactional
public class AllianceAdministration {

    /** The categories a new alliance starts with (editable): chair, vice-chair, council member, ordinary member. */
    static final List<Map.Entry<String, BigDecimal>> DEFAULT_CATEGORIES = List.of(
            Map.entry("alliance.category.default.chair", new BigDecimal("80000")),
            Map.entry("alliance.category.default.viceChair", new BigDecimal("50000")),
            Map.entry("alliance.category.default.council", new BigDecimal("30000")),
            Map.entry("alliance.category.default.ordinary", new BigDecimal("10000")));

    @Inject
    AllianceRepository alliances;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    AllianceReads reads;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AllianceAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    org.greenhub.platform.i18n.Messages messages;

    /** Creates an alliance with its first coordinators (accounts that get the coordinator role) and default categories. */
    @Transactional
    public Alliance create(String code, Alliance.Names names, int councilSeats, List<String> coordinatorEmails) {
        currentUser.require(Role.ADMINISTRATOR);
        Alliance alliance = new Alliance(code, names, councilSeats, access.now());
        if (alliances.codeTaken(alliance.getCode())) {
            throw DomainException.conflict("code", "alliance.validation.codeTaken");
        }
        alliance.setCoordinators(coordinators(coordinatorEmails));
        alliances.add(alliance);
        int position = 0;
        for (Map.Entry<String, BigDecimal> category : DEFAULT_CATEGORIES) {
            // the default categories are named in every language from the bundles, so no reader sees them in English
            LocalisedInput name = new LocalisedInput();
            name.setEn(messages.get(Language.ENGLISH.locale(), category.getKey()));
            name.setZh(messages.get(Language.CHINESE.locale(), category.getKey()));
            name.setTh(messages.get(Language.THAI.locale(), category.getKey()));
            name.setVi(messages.get(Language.VIETNAMESE.locale(), category.getKey()));
            alliances.addCategory(new MemberCategory(alliance, position++, name, category.getValue()));
        }
        audit.record(
                "ALLIANCE_CREATED",
                "Alliance",
                alliance.getId(),
                null,
                alliance.snapshot(),
                String.join(", ", coordinatorEmails));
        return alliance;
    }

    /** Replaces the secretariat (administrators only). */
    @Transactional
    public void setCoordinators(long allianceId, List<String> coordinatorEmails) {
        currentUser.require(Role.ADMINISTRATOR);
        Alliance alliance = alliances.find(allianceId).orElseThrow(DomainException::notFound);
        Set<Long> before = alliance.getCoordinatorIds();
        alliance.setCoordinators(coordinators(coordinatorEmails));
        audit.record(
                "ALLIANCE_COORDINATORS_SET",
                "Alliance",
                allianceId,
                Map.of("coordinators", before),
                Map.of("coordinators", alliance.getCoordinatorIds()),
                null);
    }

    private Set<Long> coordinators(List<String> emails) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String email : emails) {
            if (email == null || email.isBlank()) {
                continue;
            }
            UserAccount account = accounts.findByEmail(email.strip())
                    .orElseThrow(() -> DomainException.invalid(
                            "coordinators", "alliance.validation.unknownCoordinator", email.strip()));
            if (account.grant(Role.ALLIANCE_COORDINATOR)) {
                audit.record(
                        "ROLE_GRANTED",
                        "UserAccount",
                        account.getId(),
                        null,
                        Map.of("role", Role.ALLIANCE_COORDINATOR),
                        "alliance secretariat");
            }
            ids.add(account.getId());
        }
        if (ids.isEmpty()) {
            throw DomainException.invalid("coordinators", "alliance.validation.coordinatorRequired");
        }
        return ids;
    }

    /** The coordinator's edit of the record; a stale form (someone saved in between) is refused. */
    @Transactional
    public Alliance update(long allianceId, Record record, long expectedVersion) {
        Alliance alliance = access.coordinated(allianceId);
        if (alliance.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = alliance.snapshot();
        alliance.rename(record.names());
        Organisation lead = null;
        if (record.leadOrganisationId() != null) {
            lead = organisationRepository.find(record.leadOrganisationId()).orElse(null);
            if (lead == null) {
                throw DomainException.invalid("leadOrganisation", "alliance.validation.unknownOrganisation");
            }
        }
        alliance.describe(record.focusArea(), lead);
        alliance.setCouncilSeats(record.councilSeats());
        alliance.setRenewalRules(record.reminderDays(), record.graceDays());
        alliance.setWeights(record.weights());
        audit.record("ALLIANCE_UPDATED", "Alliance", allianceId, before, alliance.snapshot(), null);
        return alliance;
    }

    @Transactional
    public MemberCategory saveCategory(long allianceId, Long categoryId, LocalisedInput name, BigDecimal annualDues) {
        Alliance alliance = access.coordinated(allianceId);
        MemberCategory category;
        if (categoryId == null) {
            int position = categories(allianceId).size();
            category = new MemberCategory(alliance, position, name, annualDues);
            alliances.addCategory(category);
        } else {
            category = alliances.findCategory(categoryId).orElse(null);
            if (category == null || !category.getAlliance().getId().equals(allianceId)) {
                throw DomainException.notFound();
            }
            category.change(name, annualDues);
        }
        audit.record(
                "ALLIANCE_CATEGORY_SAVED",
                "Alliance",
                allianceId,
                null,
                Map.of("category", category.getName().english(), "annualDues", category.getAnnualDues()),
                null);
        return category;
    }

    /** Seats a person on the council; there cannot be more council members than seats. */
    @Transactional
    public CouncilMember addCouncilMember(
            long allianceId, CouncilMember.Office office, String personName, Long organisationId) {
        Alliance alliance = access.coordinated(allianceId);
        if (council(allianceId).size() >= alliance.getCouncilSeats()) {
            throw DomainException.conflict("councilName", "alliance.council.full", alliance.getCouncilSeats());
        }
        Organisation organisation = organisationId == null
                ? null
                : organisationRepository.find(organisationId).orElse(null);
        if (organisationId != null && organisation == null) {
            throw DomainException.invalid("councilOrganisation", "alliance.validation.unknownOrganisation");
        }
        CouncilMember member =
                new CouncilMember(alliance, office, personName, organisation, access.today(), access.now());
        alliances.addCouncilMember(member);
        audit.record(
                "ALLIANCE_COUNCIL_MEMBER_ADDED",
                "Alliance",
                allianceId,
                null,
                Map.of("name", member.getPersonName(), "office", office),
                null);
        return member;
    }

    @Transactional
    public void removeCouncilMember(long councilMemberId) {
        CouncilMember member = alliances.findCouncilMember(councilMemberId).orElseThrow(DomainException::notFound);
        access.coordinated(member.getAlliance().getId());
        alliances.removeCouncilMember(member);
        audit.record(
                "ALLIANCE_COUNCIL_MEMBER_REMOVED",
                "Alliance",
                member.getAlliance().getId(),
                Map.of("name", member.getPersonName(), "office", member.getOffice()),
                null,
                null);
    }

    /** Public: who sits on the council, chair first. */
    public List<CouncilRow> council(long allianceId) {
        return reads.council(allianceId);
    }

    public record CouncilRow(long id, CouncilMember.Office office, String name, String organisation)
            implements java.io.Serializable {}

    /** A membership category as forms offer it: its names and its yearly dues. */
    public record CategoryChoice(long id, LocalisedName name, BigDecimal annualDues) implements java.io.Serializable {}

    /** Public: the categories as the application, membership and record forms offer them, in their order. */
    public List<CategoryChoice> categoryChoices(long allianceId) {
        return categories(allianceId).stream()
                .map(c -> new CategoryChoice(c.getId(), c.getName(), c.getAnnualDues()))
                .toList();
    }

    /** Public: the categories and their dues are part of what an applicant reads. */
    public List<MemberCategory> categories(long allianceId) {
        return alliances.categoriesOf(allianceId);
    }

    /** Public: every alliance, for the alliance list and the directory. */
    public List<AllianceSummary> all(Language language) {
        return alliances.all().stream()
                .map(a -> AllianceSummary.of(a, language))
                .toList();
    }

    public AllianceSummary summary(long allianceId, Language language) {
        Alliance alliance = alliances.find(allianceId).orElseThrow(DomainException::notFound);
        return AllianceSummary.of(alliance, language);
    }

    /** The alliances the caller coordinates (all of them for administrators). */
    public List<AllianceSummary> coordinatedByMe(Language language) {
        UserAccount user = currentUser.require();
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return all(language);
        }
        return alliances.coordinatedBy(user.getId()).stream()
                .map(a -> AllianceSummary.of(a, language))
                .toList();
    }

    /**
     * The record tab's form of an alliance the caller coordinates ("not found" otherwise): its names, settings and
     * categories, with its name in the reader's language for the page heading.
     */
    public record Editable(
            long id,
            long version,
            String name,
            LocalisedName names,
            org.greenhub.organisation.domain.green.GreenFocusArea focusArea,
            Long leadOrganisationId,
            String leadOrganisationName,
            int councilSeats,
            int reminderDays,
            int graceDays,
            EvaluationWeights weights,
            List<CategoryChoice> categories)
            implements java.io.Serializable {}

    @Transactional
    public Editable editable(long allianceId, Language language) {
        Alliance a = forEdit(allianceId);
        Alliance.Names n = a.names();
        Organisation lead = a.getLeadOrganisation();
        return new Editable(
                a.getId(),
                a.getVersion(),
                a.name(language),
                LocalisedName.of(n.en(), n.zh(), n.th(), n.vi()),
                a.getFocusArea(),
                lead == null ? null : lead.getId(),
                lead == null ? null : lead.getLegalName(),
                a.getCouncilSeats(),
                a.getReminderDays(),
                a.getGraceDays(),
                a.weights(),
                categoryChoices(allianceId));
    }

    /** {@link #create}, answering the new alliance as lists show it. */
    @Transactional
    public AllianceSummary createAlliance(
            String code, LocalisedInput names, int councilSeats, List<String> coordinatorEmails, Language language) {
        return AllianceSummary.of(create(code, Alliance.Names.of(names), councilSeats, coordinatorEmails), language);
    }

    public Alliance forEdit(long allianceId) {
        Alliance alliance = access.coordinated(allianceId);
        if (alliance.getLeadOrganisation() != null) {
            alliance.getLeadOrganisation().getLegalName();
        }
        return alliance;
    }

    /** What a coordinator edits. */
    public record Record(
            Alliance.Names names,
            org.greenhub.organisation.domain.green.GreenFocusArea focusArea,
            Long leadOrganisationId,
            int councilSeats,
            int reminderDays,
            int graceDays,
            EvaluationWeights weights)
            implements java.io.Serializable {
        public static Record of(Alliance a) {
            return new Record(
                    a.names(),
                    a.getFocusArea(),
                    a.getLeadOrganisation() == null
                            ? null
                            : a.getLeadOrganisation().getId(),
                    a.getCouncilSeats(),
                    a.getReminderDays(),
                    a.getGraceDays(),
                    a.weights());
        }
    }

    /** An alliance as lists show it, named in the reader's language. */
    public record AllianceSummary(
            long id,
            String code,
            String name,
            org.greenhub.organisation.domain.green.GreenFocusArea focusArea,
            String leadOrganisation,
            int councilSeats)
            implements java.io.Serializable {
        static AllianceSummary of(Alliance a, Language language) {
            return new AllianceSummary(
                    a.getId(),
                    a.getCode(),
                    a.name(language),
                    a.getFocusArea(),
                    a.getLeadOrganisation() == null
                            ? null
                            : a.getLeadOrganisation().getLegalName(),
                    a.getCouncilSeats());
        }
    }
}
