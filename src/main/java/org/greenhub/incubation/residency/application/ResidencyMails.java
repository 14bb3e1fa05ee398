package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * Mails about residencies, each in its recipient's language, queued in the caller's transaction: to the people of
 * the resident start-up (founders, legal representatives, managers, contacts) and to the incubator's managers.
 */
@ApplicationScoped
public class ResidencyMails {

    @Inject
    ResidencyReads reads;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    public record Recipient(String email, String name, Locale locale) {}

    List<Recipient> startUpPeople(long organisationId) {
        return reads.startUpPeople(organisationId, LocalDate.now(clock));
    }

    List<Recipient> managers(long incubatorId) {
        return reads.managers(incubatorId);
    }

    String link(long residencyId) {
        return config.baseUrl() + "incubation/residency/residency.xhtml?id=" + residencyId;
    }

    /** Sends one mail per recipient; the subject and body keys get the recipient's name as {0}, then {@code args}. */
    void send(List<Recipient> recipients, String subjectKey, String bodyKey, Object... args) {
        for (Recipient r : recipients) {
            Object[] bodyArgs = new Object[args.length + 1];
            bodyArgs[0] = r.name();
            System.arraycopy(args, 0, bodyArgs, 1, args.length);
            mailer.queue(
                    r.email(), messages.get(r.locale(), subjectKey, args), messages.get(r.locale(), bodyKey, bodyArgs));
        }
    }
}
