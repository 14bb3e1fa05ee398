package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * What a judge reads about a competition entry on their scoring page, the only place judges read entries: the
 * project's texts, the financial figures, the green metrics (labels carry their units) and the IP declaration, in
 * those sections. The financial figures (revenue, R&D spend, funding)
 * single out a company and are shown only in rounds that are not blind; the title and organisation are the engine's
 * to show or hide, and the dates, the eligibility findings and the managers' notes are never a judge's to read.
 */
@ApplicationScoped
public class CompetitionSubjectDetails implements SubjectDetails {

    @Inject
    org.greenhub.competition.domain.EntryRepository entries;

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Inject
    Messages messages;

    @Override
    public String keyPrefix() {
        return Competition.PROGRAMME_PREFIX;
    }

    @Override
    public List<Detail> forJudge(long subjectId, boolean blind, Language language) {
        List<Entry> found = entries.bySubject(subjectId).stream().toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Entry entry = found.get(0);
        Details details = new Details(language);
        details.section("competition.judging.section.project");
        details.text("competition.entry.summary", entry.getSummary());
        details.text("competition.entry.technology", entry.getTechnology());
        details.text("competition.entry.market", entry.getMarket());
        details.text("competition.entry.team", entry.getTeam());
        details.yesNo("competition.export.ipDeclared", entry.isIpOwnershipDeclared());
        if (!blind) {
            details.section("competition.judging.section.financials");
            details.number("competition.export.revenue", entry.getRevenuePreviousYear());
            details.number("competition.export.rdSpend", entry.getRdSpend());
            details.number("competition.export.fundingRaised", entry.getFundingRaised());
        }
        details.section("competition.judging.section.green");
        GreenMetrics metrics = entry.metrics();
        if (metrics.getBaselineYear() != null) {
            details.add(
                    "competition.export.baselineYear", metrics.getBaselineYear().toString(), false);
        }
        details.number("competition.export.energySaved", metrics.getEnergySavedMwhPerYear());
        details.number("competition.export.emissionsAvoided", metrics.getEmissionsAvoidedTco2ePerYear());
        details.number("competition.export.energyIntensity", metrics.getEnergyIntensityTcePer10kYuan());
        details.number("competition.export.waterReused", metrics.getWaterReusedM3PerYear());
        details.number("competition.export.wasteRecycled", metrics.getWasteRecycledTonnesPerYear());
        details.yesNo("competition.export.cleanerProductionAudit", metrics.isCleanerProductionAudit());
        if (metrics.getCategory() != null) {
            details.add(
                    "competition.export.category",
                    messages.get(language.locale(), metrics.getCategory().messageKey()),
                    false);
        }
        details.text("competition.entry.methodNote", metrics.getMethodNote());
        return details.list;
    }

    @Override
    public Map<Long, String> documentLabels(long subjectId, Map<Long, String> stored, Language language) {
        Map<Long, String> labels = new LinkedHashMap<>();
        entries.registeredDocumentKinds(subjectId)
                .forEach(r ->
                        labels.put((Long) r[0], messages.get(language.locale(), ((AttachmentKind) r[1]).messageKey())));
        return labels;
    }

    /** Tracks are green focus area codes; one that is not (an older edition's) shows as it was entered. */
    @Override
    public String trackName(String code, Language language) {
        boolean known =
                Arrays.stream(GreenFocusArea.values()).anyMatch(a -> a.name().equals(code));
        return known
                ? messages.get(language.locale(), GreenFocusArea.valueOf(code).messageKey())
                : code;
    }

    @Override
    public String groupName(String code, Language language) {
        boolean known =
                Arrays.stream(CompetitionGroup.values()).anyMatch(g -> g.name().equals(code));
        return known ? messages.get(language.locale(), "competition.group." + code) : code;
    }

    /** The edition's name in the reader's language (English, else any, when it has none in that language). */
    @Override
    public String programmeName(String programmeKey, Language language) {
        try {
            long id = Long.parseLong(programmeKey.substring(keyPrefix().length()));
            return competitions.find(id).map(c -> c.text(language).getName()).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A competition's rounds run in its edition's zone, like its submission window. */
    @Override
    public String zone(String programmeKey) {
        try {
            long id = Long.parseLong(programmeKey.substring(keyPrefix().length()));
            return competitions.timeZoneOf(id).orElse(DEFAULT_ZONE);
        } catch (NumberFormatException e) {
            return DEFAULT_ZONE;
        }
    }

    /** The details being listed, labelled in the judge's language; empty values are left out. */
    private final class Details {
        private final Language language;
        private final List<Detail> list = new ArrayList<>();

        private String section;

        Details(Language language) {
            this.language = language;
        }

        void section(String headingKey) {
            section = messages.get(language.locale(), headingKey);
        }

        void add(String labelKey, String text, boolean multiline) {
            list.add(new Detail(section, messages.get(language.locale(), labelKey), text, multiline));
        }

        void text(String labelKey, String text) {
            if (text != null && !text.isBlank()) {
                add(labelKey, text, true);
            }
        }

        void number(String labelKey, BigDecimal value) {
            if (value != null) {
                // In the judge's locale (a decimal comma in Vietnamese); no grouping, so a figure reads as entered.
                java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language.locale());
                format.setGroupingUsed(false);
                format.setMaximumFractionDigits(6);
                add(labelKey, format.format(value), false);
            }
        }

        void yesNo(String labelKey, boolean value) {
            add(
                    labelKey,
                    messages.get(language.locale(), value ? "competition.export.yes" : "competition.export.no"),
                    false);
        }
    }
}
