package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeInvitation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inviting a competition's award winners to an intake call, and carrying their entry's data over into the
 * application. Incubation and competition are siblings, so this reads the competition's shared tables with SQL and
 * imports no competition code; when those tables are absent (a GreenHub without competitions) there is nobody to invite.
 */
@ApplicationScoped
public class AwardWinnerInvitations {

    /** A competition with award winners, for the managers' choice. */
    public record CompetitionChoice(long id, String name, long winners) implements Serializable {
    }

    /** What an invited organisation's application starts from. */
    public record CarriedOver(long organisationId, String projectTitle, String summary, GreenFocusArea focusArea, GreenMetrics metrics)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    IntakeCallService calls;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Competitions whose entries carry a final award, newest first, named in the given language. */
    public List<CompetitionChoice> competitionsWithWinners(Language language) {
        if (!competitionsPresent()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        select c.id, coalesce(t.name, en.name, c.series_name || ' ' || c.edition), count(e.id)
                        from competition c
                        join competition_entry e on e.competition_id = c.id and e.award_tier is not null
                        left join competition_text t on t.competition_id = c.id and t.language = ?1
                        left join competition_text en on en.competition_id = c.id and en.language = 'en'
                        group by c.id, t.name, en.name, c.series_name, c.edition
                        order by c.id desc""")
                .setParameter(1, language.tag()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new CompetitionChoice(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /**
     * Invites every award winner of the competition to the (published, open) call: one invitation per organisation,
     * mailed to the people who keep its record, in their language, with a link that carries the entry over.
     * Organisations already invited or already applying are left out.
     *
     * @return how many organisations were invited now
     */
    @Transactional
    public int invite(long callId, long competitionId) {
        IntakeCall call = calls.requireManaged(callId);
        if (!call.isOpen(Instant.now(clock))) {
            throw DomainException.conflict(null, "incubation.application.callNotOpen");
        }
        if (!competitionsPresent()) {
            throw DomainException.notFound();
        }
        UserAccount manager = currentUser.require();
        List<?> winners = em.createNativeQuery("""
                        select e.id, e.organisation_id from competition_entry e
                        where e.competition_id = ?1 and e.award_tier is not null
                          and not exists (select 1 from intake_invitation i where i.call_id = ?2 and i.organisation_id = e.organisation_id)
                          and not exists (select 1 from intake_application a where a.call_id = ?2 and a.organisation_id = e.organisation_id)
                        order by e.id""")
                .setParameter(1, competitionId).setParameter(2, callId).getResultList();
        Instant now = Instant.now(clock);
        int invited = 0;
        java.util.Set<Long> organisations = new java.util.HashSet<>();
        for (Object row : winners) {
            Object[] r = (Object[]) row;
            long entryId = ((Number) r[0]).longValue();
            long organisationId = ((Number) r[1]).longValue();
            if (!organisations.add(organisationId)) {
                continue;
            }
            em.persist(new IntakeInvitation(callId, organisationId, entryId, manager.getId(), now));
            mailRecordKeepers(call, organisationId, entryId);
            invited++;
        }
        audit.record("INTAKE_AWARD_WINNERS_INVITED", "IntakeCall", callId, null,
                Map.of("competition", competitionId, "invited", invited), null);
        return invited;
    }

    /**
     * The entry's data for an application to the call, when the call invited the entry's organisation and the user may
     * apply for it; empty otherwise (nothing is told about other organisations' entries).
     */
    @Transactional
    public Optional<CarriedOver> carriedOver(long callId, long entryId, Collection<Long> myOrganisations) {
        if (myOrganisations.isEmpty() || !competitionsPresent()) {
            return Optional.empty();
        }
        List<IntakeInvitation> invitations = em.createQuery(
                        "select i from IntakeInvitation i where i.callId = :call and i.entryId = :entry and i.organisationId in :orgs", IntakeInvitation.class)
                .setParameter("call", callId).setParameter("entry", entryId).setParameter("orgs", myOrganisations).getResultList();
        if (invitations.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                        select e.organisation_id, e.project_title, e.summary, e.track, e.green_baseline_year, e.green_baseline_energy_mwh,
                               e.green_energy_saved_mwh, e.green_emissions_avoided_tco2e, e.green_energy_intensity, e.green_water_reused_m3,
                               e.green_waste_recycled_t, e.green_cleaner_production_audit, e.green_category, e.green_method_note
                        from competition_entry e where e.id = ?1""")
                .setParameter(1, entryId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        GreenMetrics metrics = new GreenMetrics();
        metrics.setBaselineYear(r[4] == null ? null : ((Number) r[4]).intValue());
        metrics.setBaselineEnergyUseMwh((BigDecimal) r[5]);
        metrics.setEnergySavedMwhPerYear((BigDecimal) r[6]);
        metrics.setEmissionsAvoidedTco2ePerYear((BigDecimal) r[7]);
        metrics.setEnergyIntensityTcePer10kYuan((BigDecimal) r[8]);
        metrics.setWaterReusedM3PerYear((BigDecimal) r[9]);
        metrics.setWasteRecycledTonnesPerYear((BigDecimal) r[10]);
        metrics.setCleanerProductionAudit(Boolean.TRUE.equals(r[11]));
        metrics.setCategory(enumOrNull(GreenIndustryCategory.class, (String) r[12]));
        metrics.setMethodNote((String) r[13]);
        String summary = (String) r[2];
        if (summary != null && summary.length() > org.greenhub.incubation.domain.IntakeApplication.MAX_SUMMARY) {
            summary = summary.substring(0, org.greenhub.incubation.domain.IntakeApplication.MAX_SUMMARY);
        }
        return Optional.of(new CarriedOver(((Number) r[0]).longValue(), (String) r[1], summary,
                enumOrNull(GreenFocusArea.class, (String) r[3]), metrics));
    }

    private void mailRecordKeepers(IntakeCall call, long organisationId, long entryId) {
        List<Long> people = em.createQuery("""
                        select a.person.id from Affiliation a where a.organisation.id = :org and a.validTo is null
                        and a.role in (org.greenhub.organisation.domain.AffiliationRole.FOUNDER,
                                       org.greenhub.organisation.domain.AffiliationRole.LEGAL_REPRESENTATIVE,
                                       org.greenhub.organisation.domain.AffiliationRole.MANAGER)""", Long.class)
                .setParameter("org", organisationId).getResultList();
        String link = config.baseUrl() + "incubation/intake/my/apply.xhtml?call=" + call.getId() + "&entry=" + entryId;
        for (Long personId : new java.util.TreeSet<>(people)) {
            accounts.find(personId).ifPresent(person -> {
                java.util.Locale locale = person.getLanguage().locale();
                mailer.queue(person.getEmail(),
                        messages.get(locale, "incubation.mail.invited.subject", call.getTitle()),
                        messages.get(locale, "incubation.mail.invited.body", person.getDisplayName(), call.getTitle(),
                                call.getIncubator().name(person.getLanguage()), link));
            });
        }
    }

    private boolean competitionsPresent() {
        Object present = em.createNativeQuery("select to_regclass('public.competition_entry') is not null").getSingleResult();
        return Boolean.TRUE.equals(present);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
