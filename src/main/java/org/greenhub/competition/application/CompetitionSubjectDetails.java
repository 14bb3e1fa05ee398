package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.Entry;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a judge reads about a competition entry on their scoring page, the only place judges read entries: the
 * project's texts, the green metrics and the IP declaration. The financial figures (revenue, R&D spend, funding)
 * single out a company and are shown only in rounds that are not blind; the title and organisation are the engine's
 * to show or hide, and the dates, the eligibility findings and the managers' notes are never a judge's to read.
 */
@ApplicationScoped
public class CompetitionSubjectDetails implements SubjectDetails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Messages messages;

    @Override
    public String keyPrefix() {
        return Competition.PROGRAMME_PREFIX;
    }

    @Override
    public List<Detail> forJudge(long subjectId, boolean blind, Language language) {
        List<Entry> found = em.createQuery("select e from Entry e where e.evaluationSubjectId = :subject", Entry.class)
                .setParameter("subject", subjectId).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Entry entry = found.get(0);
        Details details = new Details(language);
        details.text("competition.entry.summary", entry.getSummary());
        details.text("competition.entry.technology", entry.getTechnology());
        details.text("competition.entry.market", entry.getMarket());
        details.text("competition.entry.team", entry.getTeam());
        if (!blind) {
            details.number("competition.export.revenue", entry.getRevenuePreviousYear());
            details.number("competition.export.rdSpend", entry.getRdSpend());
            details.number("competition.export.fundingRaised", entry.getFundingRaised());
        }
        details.yesNo("competition.export.ipDeclared", entry.isIpOwnershipDeclared());
        GreenMetrics metrics = entry.metrics();
        if (metrics.getBaselineYear() != null) {
            details.add("competition.export.baselineYear", metrics.getBaselineYear().toString(), false);
        }
        details.number("competition.export.energySaved", metrics.getEnergySavedMwhPerYear());
        details.number("competition.export.emissionsAvoided", metrics.getEmissionsAvoidedTco2ePerYear());
        details.number("competition.export.energyIntensity", metrics.getEnergyIntensityTcePer10kYuan());
        details.number("competition.export.waterReused", metrics.getWaterReusedM3PerYear());
        details.number("competition.export.wasteRecycled", metrics.getWasteRecycledTonnesPerYear());
        details.yesNo("competition.export.cleanerProductionAudit", metrics.isCleanerProductionAudit());
        if (metrics.getCategory() != null) {
            details.add("competition.export.category", messages.get(language.locale(), metrics.getCategory().messageKey()), false);
        }
        details.text("competition.entry.methodNote", metrics.getMethodNote());
        return details.list;
    }

    /** The details being listed, labelled in the judge's language; empty values are left out. */
    private final class Details {
        private final Language language;
        private final List<Detail> list = new ArrayList<>();

        Details(Language language) {
            this.language = language;
        }

        void add(String labelKey, String text, boolean multiline) {
            list.add(new Detail(messages.get(language.locale(), labelKey), text, multiline));
        }

        void text(String labelKey, String text) {
            if (text != null && !text.isBlank()) {
                add(labelKey, text, true);
            }
        }

        void number(String labelKey, BigDecimal value) {
            if (value != null) {
                add(labelKey, value.stripTrailingZeros().toPlainString(), false);
            }
        }

        void yesNo(String labelKey, boolean value) {
            add(labelKey, messages.get(language.locale(), value ? "competition.export.yes" : "competition.export.no"), false);
        }
    }
}
