package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/** Tells judges they have entries to score, in their language, queued in the caller's transaction. */
@ApplicationScoped
public class AssignmentMails {

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    public void newAssignments(UserAccount judge, EvaluationRound round, int count) {
        Locale locale = judge.getLanguage().locale();
        String link = config.baseUrl() + Role.JUDGE.dashboard().substring(1);
        mailer.queue(
                judge.getEmail(),
                messages.get(locale, "evaluation.assignment.mail.subject", round.getName()),
                messages.get(
                        locale,
                        "evaluation.assignment.mail.body",
                        judge.getDisplayName(),
                        round.getName(),
                        count,
                        link));
    }
}
