package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.platform.text.Figures;

/**
 * What follows a listing: funders whose saved search the newly listed project matches are mailed, in their language,
 * once per search and project. The listing decision calls {@link #projectListed} in its own transaction (joining
 * it), so the mails are queued only if the listing commits.
 */
@ApplicationScoped
public class ListingNotifications {

    @Inject
    PublicReserve reserve;

    @Inject
    SearchNotices notices;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** Mails the funders whose saved searches match the project, if it is listed today; answers how many. */
    @Transactional
    public int projectListed(long projectId) {
        Instant now = Instant.now(clock);
        PublicReserve.Row project =
                reserve.listed(projectId, LocalDate.now(clock)).orElse(null);
        if (project == null) {
            return 0;
        }
        String link = config.baseUrl() + "reserve/listed.xhtml?id=" + projectId;
        int mailed = 0;
        for (SearchNotices.Notice notice : notices.claim(projectId, now)) {
            Locale locale = notice.language().locale();
            mailer.queue(
                    notice.email(),
                    messages.get(locale, "reserve.mail.searchMatch.subject", notice.searchName()),
                    messages.get(
                            locale,
                            "reserve.mail.searchMatch.body",
                            notice.name(),
                            notice.searchName(),
                            project.title(),
                            messages.get(
                                    locale,
                                    "reserve.category." + project.category().name()),
                            messages.get(
                                    locale,
                                    "reserve.public.yuan",
                                    Figures.amount(project.financingSoughtYuan(), locale)),
                            link));
            mailed++;
        }
        return mailed;
    }
}
