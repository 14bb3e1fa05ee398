package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.platform.persistence.ClusterLock;
import org.greenhub.platform.text.Figures;
import org.greenhub.reserve.domain.FinancingRepository;
import org.greenhub.reserve.domain.ResultSchedule;

/**
 * Reminds the owners of financed projects to report a year's results, {@link ResultSchedule#REMINDER_DAYS} days before
 * it is due: every person currently affiliated with the project's organisation, in their language. Safe on several
 * nodes: one run at a time holds the cluster lock, and each reminder is marked in the same transaction as its mails,
 * so another run finds it sent.
 */
@ApplicationScoped
public class ResultReminderJob {

    public static final int BATCH = 500;

    @Inject
    FinancingQueries queries;

    @Inject
    FinancingRepository financing;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ClusterLock lock;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** One run as of {@code today}; answers how many reminders went (a full batch: there may be more). */
    @Transactional
    public int run(LocalDate today) {
        lock.acquireForTransaction("greenhub.reserve.result-reminders");
        Instant now = Instant.now(clock);
        int sent = 0;
        List<FinancingQueries.DueReminder> due = queries.dueReminders(today, BATCH);
        for (FinancingQueries.DueReminder reminder : due) {
            if (!financing.markReminded(reminder.projectId(), reminder.year(), now)) {
                continue;
            }
            String link = config.publicAddress().url("/reserve/financing.xhtml?project=" + reminder.projectId());
            for (Affiliation a : organisations.people(reminder.organisationId())) {
                if (!a.isCurrent(today)) {
                    continue;
                }
                Locale locale = a.getPerson().getLanguage().locale();
                String year = String.valueOf(reminder.year());
                mailer.queue(
                        a.getPerson().getEmail(),
                        messages.get(locale, "reserve.mail.resultsDue.subject", reminder.title(), year),
                        messages.get(
                                locale,
                                "reserve.mail.resultsDue.body",
                                a.getPerson().getDisplayName(),
                                reminder.title(),
                                year,
                                Figures.date(ResultSchedule.dueOn(reminder.year()), locale),
                                link));
            }
            sent++;
        }
        return sent;
    }
}
