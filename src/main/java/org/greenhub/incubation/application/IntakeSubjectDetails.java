package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.incubation.domain.ApplicationDocument;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * What a screening judge reads about an intake application on the scoring page: the project summary, whether the
 * company is (or will be) registered in the zone, and its green metrics with their units. Nothing here names the
 * applicant (title and organisation are the engine's to hide in a blind round). The track is the green focus area,
 * named in the judge's language, and so is the business plan.
 */
@ApplicationScoped
public class IntakeSubjectDetails implements SubjectDetails {

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    Messages messages;

    @Inject
    IntakeCallRepository calls;

    @Override
    public String keyPrefix() {
        return IntakeCall.PROGRAMME_PREFIX;
    }

    /** The intake call's title in the reader's language. */
    @Override
    public String programmeName(String programmeKey, Language language) {
        try {
            long id = Long.parseLong(programmeKey.substring(keyPrefix().length()));
            return calls.find(id).map(call -> call.getTitles().text(language)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public List<Detail> forJudge(long subjectId, boolean blind, Language language) {
        List<IntakeApplication> found =
                applications.screenedAs(subjectId).stream().toList();
        if (found.isEmpty()) {
            return List.of();
        }
        IntakeApplication application = found.get(0);
        Locale locale = language.locale();
        List<Detail> details = new ArrayList<>();
        String project = messages.get(locale, "incubation.ui.application.project");
        if (application.getSummary() != null && !application.getSummary().isBlank()) {
            details.add(new Detail(
                    project,
                    messages.get(locale, "incubation.ui.application.summary"),
                    application.getSummary(),
                    true));
        }
        details.add(new Detail(
                project,
                messages.get(locale, "incubation.ui.application.registeredInZone"),
                yesNo(locale, application.isRegisteredInZone()),
                false));
        if (!application.isRegisteredInZone()) {
            details.add(new Detail(
                    project,
                    messages.get(locale, "incubation.ui.application.commitsToRegister"),
                    yesNo(locale, application.isCommitsToRegister()),
                    false));
        }
        String green = messages.get(locale, "incubation.ui.application.metrics");
        GreenMetrics metrics = application.getMetrics();
        if (metrics.getBaselineYear() != null) {
            details.add(new Detail(
                    green,
                    messages.get(locale, "green.field.baselineYear"),
                    metrics.getBaselineYear().toString(),
                    false));
        }
        number(details, green, locale, "green.field.baselineEnergyUse", metrics.getBaselineEnergyUseMwh());
        number(details, green, locale, "green.field.energySaved", metrics.getEnergySavedMwhPerYear());
        number(details, green, locale, "green.field.emissionsAvoided", metrics.getEmissionsAvoidedTco2ePerYear());
        number(details, green, locale, "green.field.energyIntensity", metrics.getEnergyIntensityTcePer10kYuan());
        number(details, green, locale, "green.field.waterReused", metrics.getWaterReusedM3PerYear());
        number(details, green, locale, "green.field.wasteRecycled", metrics.getWasteRecycledTonnesPerYear());
        details.add(new Detail(
                green,
                messages.get(locale, "green.field.cleanerProductionAudit"),
                yesNo(locale, metrics.isCleanerProductionAudit()),
                false));
        if (metrics.getCategory() != null) {
            details.add(new Detail(
                    green,
                    messages.get(locale, "green.field.category"),
                    messages.get(locale, metrics.getCategory().messageKey()),
                    false));
        }
        if (metrics.getMethodNote() != null && !metrics.getMethodNote().isBlank()) {
            details.add(
                    new Detail(green, messages.get(locale, "green.field.methodNote"), metrics.getMethodNote(), true));
        }
        return details;
    }

    /** Intake stores every document in English as the business plan (the one document an application carries). */
    @Override
    public Map<Long, String> documentLabels(long subjectId, Map<Long, String> stored, Language language) {
        String key = ApplicationDocument.Purpose.BUSINESS_PLAN.messageKey();
        String english = messages.get(Language.ENGLISH.locale(), key);
        Map<Long, String> labels = new LinkedHashMap<>();
        stored.forEach((id, label) -> {
            if (english.equals(label)) {
                labels.put(id, messages.get(language.locale(), key));
            }
        });
        return labels;
    }

    /** Intake subjects' track is the application's green focus area. */
    @Override
    public String trackName(String code, Language language) {
        boolean known =
                Arrays.stream(GreenFocusArea.values()).anyMatch(a -> a.name().equals(code));
        return known
                ? messages.get(language.locale(), GreenFocusArea.valueOf(code).messageKey())
                : code;
    }

    private String yesNo(Locale locale, boolean value) {
        return messages.get(locale, value ? "platform.action.yes" : "platform.action.no");
    }

    private void number(List<Detail> details, String section, Locale locale, String labelKey, BigDecimal value) {
        if (value != null) {
            // In the judge's locale (a decimal comma in Vietnamese); no grouping, so a figure reads as entered.
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(6);
            details.add(new Detail(section, messages.get(locale, labelKey), format.format(value), false));
        }
    }
}
