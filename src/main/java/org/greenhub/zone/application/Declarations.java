package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.Plausibility;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * Annual declarations: an organisation's people file them for their organisation in its zone; the zone's
 * administrators list, accept or return them with a reason (mailed to whoever filed, in their language). Anyone else
 * gets "not found", exactly as for a zone, organisation or declaration that does not exist. Every change is audited.
 */
@ApplicationScoped
public class Declarations {

    @Inject
    DeclarationRepository declarations;

    @Inject
    DeclarationQueries queries;

    @Inject
    DeclarationAccounting accounting;

    @Inject
    ZoneRepository zones;

    @Inject
    ZoneAccess zoneAccess;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository organisationRecords;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** An organisation the caller may declare for, and the zone record it is in. */
    public record Declarant(long organisationId, String organisation, long zoneId, String zoneCode, String zone)
            implements Serializable {}

    /**
     * A declaration version with what its page shows around it: its figures, energy and CO2 as accounted, the
     * versions its reader may see, and for the zone's administrators the plausibility flags. {@code correctable}: the
     * enterprise may open the form on it (the newest version, a draft, returned or accepted).
     */
    public record DeclarationView(
            long id,
            long organisationId,
            String organisation,
            String zone,
            int year,
            int number,
            DeclarationStatus status,
            String returnReason,
            Instant filedAt,
            DeclarationFigures figures,
            DeclarationAccounting.Accounted accounted,
            List<Plausibility.Flag> flags,
            List<VersionLine> versions,
            boolean reviewable,
            boolean enterprise,
            boolean correctable)
            implements Serializable {}

    /** One version of an enterprise-year, as its versions table lists it. */
    public record VersionLine(long id, int number, DeclarationStatus status, Instant filedAt) implements Serializable {}

    /** A line of the zone's review list: the version, its energy and CO2 as accounted, and whether it is flagged. */
    public record ReviewLine(
            long id,
            String organisation,
            int year,
            int number,
            DeclarationStatus status,
            Instant filedAt,
            DeclarationAccounting.Accounted accounted,
            boolean flagged)
            implements Serializable {}

    /** The organisations the caller is affiliated with now that are in a zone record, by name. */
    @Transactional
    public List<Declarant> declarants() {
        Language language = currentUser.require().getLanguage();
        LocalDate today = today();
        return organisations.myAffiliations().stream()
                .filter(a -> a.isCurrent(today) && a.getOrganisation().getZoneId() != null)
                .map(Affiliation::getOrganisation)
                .distinct()
                .map(o -> zones.find(o.getZoneId())
                        .map(z -> new Declarant(
                                o.getId(),
                                o.getLegalName(),
                                z.getId(),
                                z.getCode(),
                                z.getName().text(language))))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Declarant::organisation))
                .toList();
    }

    /** Files by the zone's code, as the API addresses it. */
    @Transactional
    public Declaration file(String zoneCode, long organisationId, int year, DeclarationFigures figures) {
        Zone zone = zones.findByCode(zoneCode).orElseThrow(DomainException::notFound);
        return file(zone.getId(), organisationId, year, figures);
    }

    /**
     * Files an organisation's declaration for a year: the first version, a corrected returned version, or (after
     * acceptance) a correction as the next version. A version in review cannot be filed over ("in review").
     */
    @Transactional
    public Declaration file(long zoneId, long organisationId, int year, DeclarationFigures figures) {
        UserAccount user = currentUser.require();
        requireDeclarant(user, zoneId, organisationId);
        Instant now = Instant.now(clock);
        Optional<Declaration> latest = declarations.latest(zoneId, organisationId, year);
        if (latest.isEmpty()) {
            Declaration first =
                    Declaration.file(zoneId, organisationId, year, today().getYear(), figures, user.getId(), now);
            declarations.add(first);
            audit.record("ZONE_DECLARATION_FILED", "Declaration", first.getId(), null, first.snapshot(), null);
            return first;
        }
        Declaration current = latest.get();
        if (current.getStatus() == DeclarationStatus.ACCEPTED) {
            Declaration next = current.correction(figures, user.getId(), now);
            declarations.add(next);
            audit.record("ZONE_DECLARATION_CORRECTED", "Declaration", next.getId(), null, next.snapshot(), null);
            return next;
        }
        if (current.getStatus() == DeclarationStatus.SUBMITTED) {
            throw DomainException.conflict(null, "zone.declaration.inReview");
        }
        Map<String, Object> before = current.snapshot();
        current.refile(figures, user.getId(), now);
        audit.record("ZONE_DECLARATION_FILED", "Declaration", current.getId(), before, current.snapshot(), null);
        return current;
    }

    /**
     * Saves the form as the enterprise's draft for the year (nothing required yet; the zone does not see it): the
     * first version, the draft again, a returned version being corrected, or a correction of an accepted version
     * (the next version). A version in review cannot be changed ("in review"). Answers the draft's id.
     */
    @Transactional
    public long saveDraft(long zoneId, long organisationId, int year, DeclarationFigures figures) {
        UserAccount user = currentUser.require();
        requireDeclarant(user, zoneId, organisationId);
        Instant now = Instant.now(clock);
        Optional<Declaration> latest = declarations.latest(zoneId, organisationId, year);
        // a draft is not a filing: its filing is audited, as every change the zone sees
        if (latest.isEmpty()) {
            Declaration draft = Declaration.draft(zoneId, organisationId, year, today().getYear(), figures, now);
            declarations.add(draft);
            return draft.getId();
        }
        Declaration current = latest.get();
        if (current.getStatus() == DeclarationStatus.SUBMITTED) {
            throw DomainException.conflict(null, "zone.declaration.inReview");
        }
        if (current.getStatus() == DeclarationStatus.ACCEPTED) {
            Declaration next = current.correctionDraft(figures, now);
            declarations.add(next);
            return next.getId();
        }
        current.saveDraft(figures);
        return current.getId();
    }

    /** Files from the form (a draft, if one was saved, is filed): every check runs. Answers the version's id. */
    @Transactional
    public long submit(long zoneId, long organisationId, int year, DeclarationFigures figures) {
        return file(zoneId, organisationId, year, figures).getId();
    }

    /** Whether the enterprise-year's newest version is a draft (the form then says it continues the draft). */
    @Transactional
    public boolean hasDraft(long zoneId, long organisationId, int year) {
        requireDeclarant(currentUser.require(), zoneId, organisationId);
        return declarations
                .latest(zoneId, organisationId, year)
                .filter(d -> d.getStatus() == DeclarationStatus.DRAFT)
                .isPresent();
    }

    /** The figures last filed for an enterprise-year, to start a correction from (404 unless one may declare). */
    @Transactional
    public Optional<DeclarationFigures> lastFiled(long zoneId, long organisationId, int year) {
        requireDeclarant(currentUser.require(), zoneId, organisationId);
        return declarations.latest(zoneId, organisationId, year).map(Declaration::figures);
    }

    /** One page of a zone's declarations for its review list (404 for a zone the caller does not administer). */
    @Transactional
    public List<DeclarationQueries.Line> page(long zoneId, DeclarationStatus status, int first, int size) {
        zoneAccess.zone(zoneId);
        return queries.page(zoneId, status, first, size);
    }

    /**
     * One page of the review list with each version's energy and CO2 from its year's factor table and its flag mark
     * (404 for a zone the caller does not administer).
     */
    @Transactional
    public List<ReviewLine> reviewPage(long zoneId, DeclarationStatus status, int first, int size) {
        zoneAccess.zone(zoneId);
        DeclarationAccounting.Work work = accounting.work();
        return queries.page(zoneId, status, first, size).stream()
                .map(line -> {
                    Declaration declaration = declarations.find(line.id()).orElseThrow(DomainException::notFound);
                    return new ReviewLine(
                            line.id(),
                            line.organisation(),
                            line.year(),
                            line.number(),
                            line.status(),
                            line.filedAt(),
                            work.accounted(declaration),
                            !work.flags(declaration).isEmpty());
                })
                .toList();
    }

    @Transactional
    public long count(long zoneId, DeclarationStatus status) {
        zoneAccess.zone(zoneId);
        return queries.count(zoneId, status);
    }

    /** {@link #page} by the zone's code, as the API addresses it (404 for an unknown zone or one not administered). */
    @Transactional
    public List<DeclarationQueries.Line> page(String zoneCode, DeclarationStatus status, int first, int size) {
        return page(zoneIdOf(zoneCode), status, first, size);
    }

    @Transactional
    public long count(String zoneCode, DeclarationStatus status) {
        return count(zoneIdOf(zoneCode), status);
    }

    /** {@link #show}, for a version filed to the zone with this code only: another zone's answers 404. */
    @Transactional
    public DeclarationView show(String zoneCode, long declarationId) {
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        if (declaration.getZoneId() != zoneIdOf(zoneCode)) {
            throw DomainException.notFound();
        }
        return show(declarationId);
    }

    private long zoneIdOf(String zoneCode) {
        return zones.findByCode(zoneCode).orElseThrow(DomainException::notFound).getId();
    }

    /**
     * A declaration version for its zone's administrators or its organisation's people; anyone else: 404. A draft is
     * the enterprise's alone: the zone's administrators get 404 and do not see it among the versions.
     */
    @Transactional
    public DeclarationView show(long declarationId) {
        UserAccount user = currentUser.require();
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        Zone zone = zones.find(declaration.getZoneId()).orElseThrow(DomainException::notFound);
        boolean reviewer = ZoneAccess.mayRead(zone, user);
        boolean enterprise = !reviewer && affiliated(user, declaration.getOrganisationId());
        if (!reviewer && !enterprise) {
            throw DomainException.notFound();
        }
        if (reviewer && declaration.getStatus() == DeclarationStatus.DRAFT) {
            throw DomainException.notFound();
        }
        Organisation organisation =
                organisationRecords.find(declaration.getOrganisationId()).orElseThrow(DomainException::notFound);
        List<Declaration> versions =
                declarations
                        .versions(declaration.getZoneId(), declaration.getOrganisationId(), declaration.getYear())
                        .stream()
                        .filter(v -> enterprise || v.getStatus() != DeclarationStatus.DRAFT)
                        .toList();
        Declaration newest = versions.get(versions.size() - 1);
        DeclarationStatus status = declaration.getStatus();
        DeclarationAccounting.Work work = accounting.work();
        return new DeclarationView(
                declaration.getId(),
                declaration.getOrganisationId(),
                organisation.getLegalName(),
                zone.getName().text(user.getLanguage()),
                declaration.getYear(),
                declaration.getNumber(),
                status,
                declaration.getReturnReason(),
                declaration.getFiledAt(),
                declaration.figures(),
                work.accounted(declaration),
                reviewer ? work.flags(declaration) : List.of(),
                versions.stream()
                        .map(v -> new VersionLine(v.getId(), v.getNumber(), v.getStatus(), v.getFiledAt()))
                        .toList(),
                reviewer && status == DeclarationStatus.SUBMITTED,
                enterprise,
                enterprise && newest.getId().equals(declaration.getId()) && status != DeclarationStatus.SUBMITTED);
    }

    /** The zone accepts a filed version. */
    @Transactional
    public Declaration accept(long declarationId) {
        UserAccount reviewer = currentUser.require();
        Declaration declaration = reviewable(declarationId);
        Map<String, Object> before = declaration.snapshot();
        declaration.accept(reviewer.getId(), Instant.now(clock));
        audit.record("ZONE_DECLARATION_ACCEPTED", "Declaration", declarationId, before, declaration.snapshot(), null);
        return declaration;
    }

    /** The zone returns a filed version for correction; whoever filed it is mailed the reason in their language. */
    @Transactional
    public Declaration returnForCorrection(long declarationId, String reason) {
        UserAccount reviewer = currentUser.require();
        Declaration declaration = reviewable(declarationId);
        Map<String, Object> before = declaration.snapshot();
        declaration.returnForCorrection(reason, reviewer.getId(), Instant.now(clock));
        audit.record("ZONE_DECLARATION_RETURNED", "Declaration", declarationId, before, declaration.snapshot(), null);
        mailReturned(declaration);
        return declaration;
    }

    private void mailReturned(Declaration declaration) {
        if (declaration.getFiledBy() == null) {
            return;
        }
        UserAccount filer = accounts.find(declaration.getFiledBy()).orElse(null);
        if (filer == null) {
            return;
        }
        java.util.Locale locale = filer.getLanguage().locale();
        String organisation = organisationRecords
                .find(declaration.getOrganisationId())
                .map(Organisation::getLegalName)
                .orElse("");
        String link = config.baseUrl() + "zone/declaration.xhtml?id=" + declaration.getId();
        mailer.queue(
                filer.getEmail(),
                messages.get(locale, "zone.mail.returned.subject", organisation, String.valueOf(declaration.getYear())),
                messages.get(
                        locale,
                        "zone.mail.returned.body",
                        filer.getDisplayName(),
                        organisation,
                        String.valueOf(declaration.getYear()),
                        declaration.getReturnReason(),
                        link));
    }

    private Declaration reviewable(long declarationId) {
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        // another zone's declaration answers exactly like one that does not exist
        zoneAccess.zone(declaration.getZoneId());
        if (declaration.getStatus() == DeclarationStatus.DRAFT) {
            // a draft is not the zone's to see
            throw DomainException.notFound();
        }
        return declaration;
    }

    private void requireDeclarant(UserAccount user, long zoneId, long organisationId) {
        LocalDate today = today();
        boolean may = organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.isCurrent(today)
                        && a.getOrganisation().getId() == organisationId
                        && Objects.equals(a.getOrganisation().getZoneId(), zoneId));
        if (!may) {
            throw DomainException.notFound();
        }
    }

    /**
     * Whether the caller reads this declaration as its zone's reviewer (true) or as its enterprise (false); anyone
     * else, and the zone for a draft, gets "not found". Shared with the evidence files, which follow the same rule.
     */
    boolean readsAsReviewer(UserAccount user, Declaration declaration) {
        Zone zone = zones.find(declaration.getZoneId()).orElseThrow(DomainException::notFound);
        if (ZoneAccess.mayRead(zone, user)) {
            if (declaration.getStatus() == DeclarationStatus.DRAFT) {
                throw DomainException.notFound();
            }
            return true;
        }
        if (affiliated(user, declaration.getOrganisationId())) {
            return false;
        }
        throw DomainException.notFound();
    }

    private boolean affiliated(UserAccount user, long organisationId) {
        LocalDate today = today();
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.isCurrent(today) && a.getOrganisation().getId() == organisationId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
