package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/** Tells the applicant what happened to the application, in the applicant's language, in the caller's transaction. */
@ApplicationScoped
public class IntakeMails {

    /** Deadlines are written out in the zone the programmes run in, with the zone named. */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    UserAccountRepository accounts;

    public void received(IntakeApplication application) {
        send(application, "received", application.getCall().getTitles(), application.getProjectTitle());
    }

    public void decided(IntakeApplication application) {
        String what = switch (application.getStatus()) {
            case OFFERED -> "offered";
            case WAIT_LISTED -> "waitListed";
            default -> "rejected";
        };
        send(
                application,
                what,
                application.getCall().getTitles(),
                application.getProjectTitle(),
                application.getDecisionReason(),
                deadline(application));
    }

    /** A place freed up and reached this wait-listed application. */
    public void offeredFromWaitList(IntakeApplication application) {
        send(
                application,
                "offeredFromWaitList",
                application.getCall().getTitles(),
                application.getProjectTitle(),
                "",
                deadline(application));
    }

    /** The manager's reminder that an offer still waits for the start-up's answer, until its deadline. */
    public void offerReminder(IntakeApplication application) {
        send(
                application,
                "offerReminder",
                application.getCall().getTitles(),
                application.getProjectTitle(),
                deadline(application));
    }

    public void expired(IntakeApplication application) {
        send(application, "expired", application.getCall().getTitles(), application.getProjectTitle());
    }

    private static Object deadline(IntakeApplication application) {
        return application.getOfferDeadline() == null ? "" : application.getOfferDeadline();
    }

    /** A moment written out for the reader, in the programme zone, with the zone named. */
    static String moment(java.time.Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(PROGRAMME_ZONE))
                + " (" + PROGRAMME_ZONE.getId() + ")";
    }

    private void send(IntakeApplication application, String what, Object... args) {
        UserAccount applicant = accounts.find(application.getApplicantId()).orElse(null);
        if (applicant == null) {
            return;
        }
        Language language = applicant.getLanguage();
        Locale locale = language.locale();
        Object[] bodyArgs = new Object[args.length + 2];
        bodyArgs[0] = applicant.getDisplayName();
        for (int i = 0; i < args.length; i++) {
            bodyArgs[i + 1] = args[i] instanceof java.time.Instant instant
                    ? moment(instant, locale)
                    : args[i] instanceof LocalisedName name ? messages.localised(locale, name) : args[i];
        }
        bodyArgs[args.length + 1] = config.baseUrl() + "incubation/intake/my/applications.xhtml";
        mailer.queue(
                applicant.getEmail(),
                messages.get(
                        locale,
                        "incubation.mail." + what + ".subject",
                        messages.localised(locale, application.getCall().getTitles())),
                messages.get(locale, "incubation.mail." + what + ".body", bodyArgs));
    }
}
