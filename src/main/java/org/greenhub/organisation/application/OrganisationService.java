package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Organisation records and their people. Anyone may read what they are affiliated with; founders, legal
 * representatives and managers of an organisation, and administrators, may change it. Everyone else gets
 * "not found", exactly as for a record that does not exist.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ZoneNames zones;

    @Inject
    jakarta.enterprise.event.Event<AffiliationChanged> affiliationChanges;

    /** Creates an organisation with its first person (joins the caller's transaction, e.g. a registration). */
    @Transactional
    public Organisation create(Organisation.Details details, UserAccount firstPerson, AffiliationRole role) {
        Instant now = Instant.now(clock);
        Organisation organisation = checkNew(details);
        organisations.add(organisation);
        if (firstPerson != null) {
            Affiliation first = new Affiliation(organisation, firstPerson, role, today(), now);
            organisations.addAffiliation(first);
            changed(first, AffiliationChanged.Change.ADDED);
        }
        audit.record("ORGANISATION_CREATED", "Organisation", organisation.getId(), null, organisation.snapshot(), null);
        return organisation;
    }

    /** Checks a new organisation's details as {@link #create} does, with the same refusals, and stores nothing. */
    public Organisation checkNew(Organisation.Details details) {
        Instant now = Instant.now(clock);
        Organisation organisation = new Organisation(details.kind(), details.legalName(), now);
        organisation.describe(details, now);
        if (organisations.registrationCodeTaken(organisation.getRegistrationCode(), null)) {
            throw DomainException.conflict("registrationCode", "organisation.validation.registrationCodeTaken");
        }
        return organisation;
    }

    /** Administrators create organisation records directly (e.g. a university a judge belongs to). */
    @Transactional
    public Organisation createAsAdministrator(Organisation.Details details) {
        currentUser.require(Role.ADMINISTRATOR);
        return create(details, null, null);
    }

    public Organisation view(long organisationId) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.find(organisationId).orElseThrow(DomainException::notFound);
        if (!user.hasRole(Role.ADMINISTRATOR)
                && !user.hasRole(Role.PROGRAMME_MANAGER)
                && !user.hasRole(Role.ALLIANCE_COORDINATOR)
                && !isAffiliated(user, organisationId)) {
            throw DomainException.notFound();
        }
        return organisation;
    }

    public boolean canEdit(long organisationId) {
        UserAccount user = currentUser.account().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        LocalDate today = today();
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.getOrganisation().getId() == organisationId
                        && a.isCurrent(today)
                        && a.getRole().maintainsRecord());
    }

    /** Changes the descriptive fields and keeps the zone record it points at, if any. */
    @Transactional
    public Organisation update(long organisationId, Organisation.Details details, long expectedVersion) {
        Organisation organisation = view(organisationId);
        return update(organisationId, details, organisation.getZoneId(), expectedVersion);
    }

    /**
     * Changes the descriptive fields for an API caller (the zone record it is in stays): "not found" for whoever may
     * not change the record, then refused (428, 412) unless {@code seen}, the caller's {@code If-Match}, names the
     * version read in this transaction, so that a change committed after the caller read the record is never
     * overwritten.
     */
    @Transactional
    public Organisation update(long organisationId, IfMatch seen, Organisation.Details details) {
        Organisation organisation = view(organisationId);
        if (!canEdit(organisationId)) {
            throw DomainException.notFound();
        }
        seen.require(VersionTag.of(organisationId, organisation.getVersion()));
        if (details == null) {
            throw DomainException.invalid("legalName", "platform.validation.required");
        }
        return update(organisationId, details, organisation.getZoneId(), organisation.getVersion());
    }

    /**
     * Changes the descriptive fields and the zone record it is in ({@code null}: none, the free text of the details
     * names its zone). A zone id that names no zone is refused beside the zone field and nothing is stored.
     */
    @Transactional
    public Organisation update(long organisationId, Organisation.Details details, Long zoneId, long expectedVersion) {
        Organisation organisation = view(organisationId);
        if (!canEdit(organisationId)) {
            throw DomainException.notFound();
        }
        if (zoneId != null && zones.name(zoneId, Language.ENGLISH).isEmpty()) {
            throw DomainException.invalid("zone", "organisation.validation.zoneUnknown");
        }
        if (organisation.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = organisation.snapshot();
        organisation.describe(details, Instant.now(clock));
        organisation.placeIn(zoneId);
        if (organisations.registrationCodeTaken(organisation.getRegistrationCode(), organisation.getId())) {
            throw DomainException.conflict("registrationCode", "organisation.validation.registrationCodeTaken");
        }
        audit.record(
                "ORGANISATION_UPDATED", "Organisation", organisation.getId(), before, organisation.snapshot(), null);
        return organisation;
    }

    @Transactional
    public Affiliation addPerson(long organisationId, String email, AffiliationRole role) {
        Organisation organisation = view(organisationId);
        if (!canEdit(organisationId)) {
            throw DomainException.notFound();
        }
        UserAccount person = accounts.findByEmail(email)
                .orElseThrow(() -> DomainException.invalid("personEmail", "organisation.people.unknownEmail"));
        boolean already = organisations.people(organisationId).stream()
                .anyMatch(a ->
                        a.getPerson().getId().equals(person.getId()) && a.getRole() == role && a.isCurrent(today()));
        if (already) {
            throw DomainException.conflict("personEmail", "organisation.people.alreadyAffiliated");
        }
        Affiliation affiliation = new Affiliation(organisation, person, role, today(), Instant.now(clock));
        organisations.addAffiliation(affiliation);
        changed(affiliation, AffiliationChanged.Change.ADDED);
        audit.record(
                "AFFILIATION_ADDED",
                "Organisation",
                organisationId,
                null,
                Map.of("person", person.getEmail(), "role", role),
                null);
        return affiliation;
    }

    @Transactional
    public void endAffiliation(long affiliationId) {
        Affiliation affiliation = organisations.findAffiliation(affiliationId).orElseThrow(DomainException::notFound);
        long organisationId = affiliation.getOrganisation().getId();
        view(organisationId);
        if (!canEdit(organisationId)) {
            throw DomainException.notFound();
        }
        affiliation.end(today());
        changed(affiliation, AffiliationChanged.Change.ENDED);
        audit.record(
                "AFFILIATION_ENDED",
                "Organisation",
                organisationId,
                Map.of("person", affiliation.getPerson().getEmail(), "role", affiliation.getRole()),
                null,
                null);
    }

    private void changed(Affiliation affiliation, AffiliationChanged.Change change) {
        affiliationChanges.fire(new AffiliationChanged(
                affiliation.getId(),
                affiliation.getPerson().getId(),
                affiliation.getOrganisation().getId(),
                change));
    }

    /** A person's line in the record: plain values, so the page's view state stays small and serializable. */
    public record PersonRow(
            long affiliationId,
            String name,
            String email,
            AffiliationRole role,
            LocalDate from,
            LocalDate to,
            boolean current)
            implements java.io.Serializable {}

    /** One organisation's record page: its details, whether the caller may change them, and its people. */
    public record RecordPage(
            long id, long version, Organisation.Details details, Long zoneId, boolean editable, List<PersonRow> people)
            implements java.io.Serializable {}

    /** The record page of an organisation the caller may see ("not found" otherwise, as {@link #view}). */
    @Transactional
    public RecordPage recordPage(long organisationId) {
        Organisation organisation = view(organisationId);
        LocalDate today = LocalDate.now(clock);
        List<PersonRow> people = organisations.people(organisationId).stream()
                .map(a -> personRow(a, today))
                .toList();
        return new RecordPage(
                organisation.getId(),
                organisation.getVersion(),
                organisation.details(),
                organisation.getZoneId(),
                canEdit(organisationId),
                people);
    }

    private static PersonRow personRow(Affiliation a, LocalDate today) {
        return new PersonRow(
                a.getId(),
                a.getPerson().getDisplayName(),
                a.getPerson().getEmail(),
                a.getRole(),
                a.getValidFrom(),
                a.getValidTo(),
                a.isCurrent(today));
    }

    public List<Affiliation> people(long organisationId) {
        view(organisationId);
        return organisations.people(organisationId);
    }

    public List<Affiliation> myAffiliations() {
        return organisations.affiliationsOf(currentUser.require().getId());
    }

    /** An organisation the caller belongs to now, as the dashboards list it. */
    public record MyOrganisation(long id, String legalName, String registeredName, AffiliationRole role) {}

    /** The caller's current affiliations (those valid today), for the dashboards' "my organisations". */
    public List<MyOrganisation> myCurrentOrganisations() {
        LocalDate today = LocalDate.now(clock);
        return myAffiliations().stream()
                .filter(a -> a.isCurrent(today))
                .map(a -> new MyOrganisation(
                        a.getOrganisation().getId(),
                        a.getOrganisation().getLegalName(),
                        a.getOrganisation().getRegisteredName(),
                        a.getRole()))
                .toList();
    }

    /** One page of {@link #myCurrentOrganisations()}, and how many there are in all. */
    public record MyOrganisationsPage(List<MyOrganisation> rows, long total) {}

    /** {@link #myCurrentOrganisations()} a page at a time, counted and cut by the database (the API's list). */
    @Transactional
    public MyOrganisationsPage myCurrentOrganisations(int offset, int size) {
        long userId = currentUser.require().getId();
        LocalDate today = LocalDate.now(clock);
        long total = organisations.countCurrentAffiliationsOf(userId, today);
        if (total == 0) {
            return new MyOrganisationsPage(List.of(), 0);
        }
        return new MyOrganisationsPage(
                organisations.currentAffiliationsOf(userId, today, offset, size).stream()
                        .map(a -> new MyOrganisation(
                                a.getOrganisation().getId(),
                                a.getOrganisation().getLegalName(),
                                a.getOrganisation().getRegisteredName(),
                                a.getRole()))
                        .toList(),
                total);
    }

    /** One page of an organisation's people as its record page lists them, and how many there are in all. */
    public record PeoplePage(List<PersonRow> rows, long total) {}

    /**
     * The people of an organisation the caller may see ("not found" otherwise, as {@link #view}) a page at a time,
     * counted and cut by the database (the API's list).
     */
    @Transactional
    public PeoplePage people(long organisationId, int offset, int size) {
        view(organisationId);
        long total = organisations.countPeople(organisationId);
        if (total == 0) {
            return new PeoplePage(List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        return new PeoplePage(
                organisations.people(organisationId, offset, size).stream()
                        .map(a -> personRow(a, today))
                        .toList(),
                total);
    }

    public List<Affiliation> affiliationsOf(long userId) {
        return organisations.affiliationsOf(userId);
    }

    /** An organisation as the directory lists it. */
    public record Listed(
            long id,
            String legalName,
            String registeredName,
            OrganisationKind kind,
            String registrationCode,
            LocalDate foundingDate)
            implements java.io.Serializable {
        static Listed of(Organisation organisation) {
            return new Listed(
                    organisation.getId(),
                    organisation.getLegalName(),
                    organisation.getRegisteredName(),
                    organisation.getKind(),
                    organisation.getRegistrationCode(),
                    organisation.getFoundingDate());
        }
    }

    /** A page of the directory (administrators and programme staff). */
    @Transactional
    public List<Listed> listed(OrganisationRepository.OrganisationQuery query, int first, int size) {
        return page(query, first, size).stream().map(Listed::of).toList();
    }

    /** Creates a record from the directory and answers it as the directory lists it. */
    @Transactional
    public Listed createListed(Organisation.Details details) {
        return Listed.of(createAsAdministrator(details));
    }

    public List<Organisation> page(OrganisationRepository.OrganisationQuery query, int first, int size) {
        requireDirectoryReader();
        return organisations.page(query, first, size);
    }

    public long count(OrganisationRepository.OrganisationQuery query) {
        requireDirectoryReader();
        return organisations.count(query);
    }

    private void requireDirectoryReader() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR)
                && !user.hasRole(Role.PROGRAMME_MANAGER)
                && !user.hasRole(Role.ALLIANCE_COORDINATOR)) {
            throw DomainException.forbidden();
        }
    }

    private boolean isAffiliated(UserAccount user, long organisationId) {
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.getOrganisation().getId() == organisationId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
