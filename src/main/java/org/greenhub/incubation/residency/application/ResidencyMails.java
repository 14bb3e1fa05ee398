package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Mails about residencies, each in its recipient's language, queued in the caller's transaction: to the people of
 * the resident start-up (founders, legal representatives, managers, contacts) and to the incubator's managers.
 */
@ApplicationScoped
public class ResidencyMails {

    private static final String START_UP_PEOPLE_SQL = """
            select distinct u.email, u.display_name, u.preferred_locale from affiliation a join user_account u on u.id = a.user_id
            where a.organisation_id = ?1 and a.valid_from <= ?2 and (a.valid_to is null or a.valid_to >= ?2)
              and a.role in ('FOUNDER', 'LEGAL_REPRESENTATIVE', 'MANAGER', 'CONTACT') and u.status = 'ACTIVE'
            order by u.email""";

    private static final String MANAGERS_SQL = """
            select distinct u.email, u.display_name, u.preferred_locale from incubator_manager m join user_account u on u.id = m.user_id
            where m.incubator_id = ?1 and u.status = 'ACTIVE' order by u.email""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    Clock clock;

    record Recipient(String email, String name, Locale locale) {
    }

    List<Recipient> startUpPeople(long organisationId) {
        return recipients(em.createNativeQuery(START_UP_PEOPLE_SQL).setParameter(1, organisationId).setParameter(2, LocalDate.now(clock)).getResultList());
    }

    List<Recipient> managers(long incubatorId) {
        return recipients(em.createNativeQuery(MANAGERS_SQL).setParameter(1, incubatorId).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Recipient> recipients(List<?> rows) {
        return ((List<Object[]>) rows).stream()
                .map(r -> new Recipient((String) r[0], (String) r[1], Language.fromTag((String) r[2]).orElse(Language.ENGLISH).locale())).toList();
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
            mailer.queue(r.email(), messages.get(r.locale(), subjectKey, args), messages.get(r.locale(), bodyKey, bodyArgs));
        }
    }
}
