package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;

/**
 * Tells a project's owners about a decision on it, each in their own language, queued in the caller's transaction
 * (the platform's outbox). The owners are the people who act for the organisation today (founders, legal
 * representatives, managers), since a decision is theirs to follow up. Events: listed, returned, rejected, lapsed,
 * renewed.
 */
@ApplicationScoped
public class ReserveMails {

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    public void decision(ReserveProject project, ReserveCall call, String event) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UserAccount> owners = new LinkedHashMap<>();
        for (Affiliation a : organisations.people(project.getOrganisationId())) {
            if (a.isCurrent(today) && a.getRole().maintainsRecord()) {
                owners.putIfAbsent(a.getPerson().getId(), a.getPerson());
            }
        }
        String link = config.baseUrl() + "reserve/project.xhtml?id=" + project.getId();
        for (UserAccount owner : owners.values()) {
            Locale locale = owner.getLanguage().locale();
            String callName = messages.localised(locale, call.getName());
            String step = messages.get(locale, "reserve.review.mail.step." + event, stepArguments(project, locale));
            mailer.queue(
                    owner.getEmail(),
                    messages.get(locale, "reserve.review.mail.subject", project.getTitle()),
                    messages.get(
                            locale,
                            "reserve.review.mail.body",
                            owner.getDisplayName(),
                            project.getTitle(),
                            callName,
                            step,
                            link));
        }
    }

    /** {0} the grade, {1} the last valid day, {2} the reason (or nothing), in the owner's language. */
    private Object[] stepArguments(ReserveProject project, Locale locale) {
        String grade = project.getGrade() == null
                ? ""
                : messages.get(locale, "reserve.grade." + project.getGrade().name());
        String until = project.getValidity() == null || project.getValidity().until() == null
                ? ""
                : Figures.date(project.getValidity().until(), locale);
        String reason = project.getDecisionReason() == null ? "" : project.getDecisionReason();
        return new Object[] {grade, until, reason};
    }
}
