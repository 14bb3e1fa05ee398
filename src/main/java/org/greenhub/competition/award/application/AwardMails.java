package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.award.domain.Award;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.domain.Competition;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * Mails about objections, each in its recipient's language, queued in the caller's transaction (so a refused or
 * rolled-back change sends nothing): the edition's managers hear of a new objection; the objector hears the decision.
 */
@ApplicationScoped
public class AwardMails {

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    void objectionFiled(Competition competition, Award award) {
        String link = base() + "competition/awards/manage.xhtml?competition=" + competition.getId();
        for (UserAccount manager : competition.getManagers()) {
            Locale locale = manager.getLanguage().locale();
            String name = competition.text(manager.getLanguage()).getName();
            mailer.queue(
                    manager.getEmail(),
                    messages.get(locale, "award.mail.objection.subject", name),
                    messages.get(
                            locale,
                            "award.mail.objection.body",
                            manager.getDisplayName(),
                            award.getAwardeeName(),
                            messages.get(locale, "award.tier." + award.getTier().name()),
                            name,
                            link));
        }
    }

    void objectionDecided(UserAccount objector, Competition competition, Award award, AwardObjection objection) {
        Locale locale = objector.getLanguage().locale();
        String name = competition.text(objector.getLanguage()).getName();
        String link = base() + "public/results.xhtml?competition=" + competition.getId();
        mailer.queue(
                objector.getEmail(),
                messages.get(locale, "award.mail.decided.subject", name),
                messages.get(
                        locale,
                        "award.mail.decided.body",
                        objection.getObjectorName(),
                        award.getAwardeeName(),
                        messages.get(locale, objection.getStatus().messageKey()),
                        objection.getDecisionReason(),
                        link));
    }

    private String base() {
        String base = config.baseUrl();
        return base.endsWith("/") ? base : base + "/";
    }
}
