package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;
import org.greenhub.zone.domain.DeclaringDeadline;
import org.greenhub.zone.domain.Zone;

/**
 * The reminder about a year's declaration, mailed to each of the organisation's people in their own language: before
 * the deadline ("due by") or after it ("overdue"), with the deadline and its time zone in the reader's words.
 */
@ApplicationScoped
public class DeclaringMails {

    @Inject
    MissingDeclarations missing;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    /** Mails the organisation's people; answers how many mails were queued. */
    int remind(Zone zone, DeclaringDeadline deadline, long organisationId, String organisation, boolean overdue) {
        String link =
                config.baseUrl() + "zone/declare.xhtml?organisation=" + organisationId + "&year=" + deadline.getYear();
        String kind = overdue ? "overdue" : "reminder";
        int sent = 0;
        for (MissingDeclarations.Recipient person :
                missing.people(organisationId, LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            String due = DeadlineText.of(messages, deadline.getDueOn(), deadline.getTimeZone(), person.locale());
            String year = String.valueOf(deadline.getYear());
            String zoneName = zone.getName().text(org.greenhub.platform.i18n.Language.of(person.locale()));
            mailer.queue(
                    person.email(),
                    messages.get(person.locale(), "zoneimport.mail." + kind + ".subject", organisation, year, due),
                    messages.get(
                            person.locale(),
                            "zoneimport.mail." + kind + ".body",
                            person.name(),
                            organisation,
                            year,
                            zoneName,
                            due,
                            link));
            sent++;
        }
        return sent;
    }
}
