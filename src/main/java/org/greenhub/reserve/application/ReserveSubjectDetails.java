package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;
import org.greenhub.reserve.domain.StoredFinding;

/**
 * What a judge reads of a reserve project on the scoring page, the only place judges read projects: the project
 * (summary, category, stage, place), the money (investment, financing sought, instruments), the expected yearly
 * benefits with the method of estimate, and what screening flagged for the reviewers. The place singles out the
 * owner and is left out of blind rounds; the title and organisation are the engine's to show or hide.
 */
@ApplicationScoped
public class ReserveSubjectDetails implements SubjectDetails {

    @Inject
    ReserveRepository reserve;

    @Inject
    Messages messages;

    @Override
    public String keyPrefix() {
        return ReserveCall.PROGRAMME_PREFIX;
    }

    /** In a transaction of its own when the caller has none: the project's sets load lazily. */
    @Override
    @Transactional
    public List<Detail> forJudge(long subjectId, boolean blind, Language language) {
        ReserveProject project = reserve.projectBySubject(subjectId).orElse(null);
        if (project == null) {
            return List.of();
        }
        Locale locale = language.locale();
        List<Detail> details = new ArrayList<>();
        String section = messages.get(locale, "reserve.review.judge.section.project");
        details.add(new Detail(section, label(locale, "summary"), project.getSummary(), true));
        details.add(new Detail(
                section,
                label(locale, "category"),
                messages.get(locale, "reserve.category." + project.getCategory().name()),
                false));
        details.add(new Detail(
                section,
                label(locale, "stage"),
                messages.get(locale, "reserve.stage." + project.getStage().name()),
                false));
        if (!blind && project.getLocation() != null) {
            details.add(new Detail(section, label(locale, "location"), project.getLocation(), false));
        }
        section = messages.get(locale, "reserve.review.judge.section.financing");
        details.add(new Detail(
                section, label(locale, "investment"), Figures.amount(project.getTotalInvestmentYuan(), locale), false));
        details.add(new Detail(
                section,
                label(locale, "financingSought"),
                Figures.amount(project.getFinancingSoughtYuan(), locale),
                false));
        details.add(new Detail(
                section,
                label(locale, "instruments"),
                String.join(
                        messages.get(locale, "reserve.review.list.separator"),
                        project.getInstruments().stream()
                                .sorted()
                                .map(i -> messages.get(locale, "reserve.instrument." + i.name()))
                                .toList()),
                false));
        section = messages.get(locale, "reserve.review.judge.section.benefits");
        Benefits expected = project.getExpected();
        for (Benefits.Figure figure : Benefits.Figure.values()) {
            BigDecimal value = expected == null ? null : expected.get(figure);
            if (value != null) {
                details.add(new Detail(
                        section,
                        messages.get(locale, "reserve.figure." + figure.name()),
                        Figures.amount(value, locale),
                        false));
            }
        }
        if (project.getEstimateMethod() != null) {
            details.add(new Detail(section, label(locale, "estimateMethod"), project.getEstimateMethod(), true));
        }
        if (!project.getFlags().isEmpty()) {
            section = messages.get(locale, "reserve.review.judge.section.flags");
            for (StoredFinding flag : project.getFlags()) {
                details.add(new Detail(
                        section,
                        label(locale, "flag"),
                        messages.get(
                                locale,
                                flag.getMessageKey(),
                                flag.getArguments().stream()
                                        .map(a -> Figures.amount(a, locale))
                                        .toArray()),
                        true));
            }
        }
        return details;
    }

    /** A reserve subject's track is its green category. */
    @Override
    public String trackName(String code, Language language) {
        try {
            return messages.get(
                    language.locale(),
                    "reserve.category."
                            + org.greenhub.reserve.domain.GreenCategory.valueOf(code)
                                    .name());
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    /** The call's name in the reader's language. */
    @Override
    public String programmeName(String programmeKey, Language language) {
        try {
            long id = Long.parseLong(programmeKey.substring(keyPrefix().length()));
            return reserve.findCall(id)
                    .map(call -> call.getName().text(language))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A call's round runs in the call's zone, like its window. */
    @Override
    public String zone(String programmeKey) {
        try {
            long id = Long.parseLong(programmeKey.substring(keyPrefix().length()));
            return reserve.findCall(id).map(ReserveCall::getTimeZone).orElse(DEFAULT_ZONE);
        } catch (NumberFormatException e) {
            return DEFAULT_ZONE;
        }
    }

    private String label(Locale locale, String field) {
        return messages.get(locale, "reserve.review.field." + field);
    }
}
