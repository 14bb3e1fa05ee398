package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Entry;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * Tells the applicant about each step of their entry, in their language, queued in the caller's transaction.
 * Events: submitted, infoRequested, eligible, ineligible, inRound, advanced, eliminated, withdrawn.
 */
@ApplicationScoped
public class CompetitionMails {

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    /** Not eligible by the automatic rules: the mail lists the failed rules with their reasons, in the applicant's language. */
    public void ineligibleByRules(Entry entry, List<EligibilityService.RuleView> rules) {
        Locale locale = entry.getCreatedBy().getLanguage().locale();
        entryStep(
                entry,
                "ineligible",
                EligibilityTexts.failed(rules, locale, (key, args) -> messages.get(locale, key, args)));
    }

    public void entryStep(Entry entry, String event, String detail) {
        UserAccount applicant = entry.getCreatedBy();
        Locale locale = applicant.getLanguage().locale();
        String competition =
                entry.getCompetition().text(applicant.getLanguage()).getName();
        String link = config.baseUrl() + "competition/entry.xhtml?id=" + entry.getId();
        String step = messages.get(locale, "competition.mail.step." + event, detail == null ? "" : detail);
        mailer.queue(
                applicant.getEmail(),
                messages.get(locale, "competition.mail.subject", entry.getProjectTitle(), competition),
                messages.get(
                        locale,
                        "competition.mail.body",
                        applicant.getDisplayName(),
                        entry.getProjectTitle(),
                        competition,
                        step,
                        link));
    }
}
