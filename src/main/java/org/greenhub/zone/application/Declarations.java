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

    /** A declaration version with what its page shows around it. */
    public record Shown(
            Declaration declaration,
            String organisation,
            String zone,
            List<Declaration> versions,
            boolean reviewable,
            boolean enterprise)
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

    @Transactional
    public long count(long zoneId, DeclarationStatus status) {
        zoneAccess.zone(zoneId);
        return queries.count(zoneId, status);
    }

    /** A declaration version for its zone's administrators or its organisation's people; anyone else: 404. */
    @Transactional
    public Shown show(long declarationId) {
        UserAccount user = currentUser.require();
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        Zone zone = zones.find(declaration.getZoneId()).orElseThrow(DomainException::notFound);
        boolean reviewer = ZoneAccess.mayRead(zone, user);
        boolean enterprise = !reviewer && affiliated(user, declaration.getOrganisationId());
        if (!reviewer && !enterprise) {
            throw DomainException.notFound();
        }
        Organisation organisation =
                organisationRecords.find(declaration.getOrganisationId()).orElseThrow(DomainException::notFound);
        return new Shown(
                declaration,
                organisation.getLegalName(),
                zone.getName().text(user.getLanguage()),
                declarations.versions(declaration.getZoneId(), declaration.getOrganisationId(), declaration.getYear()),
                reviewer && declaration.getStatus() == DeclarationStatus.SUBMITTED,
                enterprise);
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

    private boolean affiliated(UserAccount user, long organisationId) {
        LocalDate today = today();
        return organisations.affiliationsOf(user.getId()).stream()
                .anyMatch(a -> a.isCurrent(today) && a.getOrganisation().getId() == organisationId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
