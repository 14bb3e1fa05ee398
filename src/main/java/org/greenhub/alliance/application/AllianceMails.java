package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/**
 * Mail about a membership, in each recipient's language, queued in the caller's transaction: to the member
 * organisation's current representative and contacts (or, before there are seats, the person who applied), and to
 * the alliance's coordinators about new applications.
 */
@ApplicationScoped
public class AllianceMails {

    @Inject
    AllianceReads reads;

    @Inject
    MembershipRepository memberships;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    /** The member's status changed (decision, activation, grace, lapse, exit ...). */
    public void statusChanged(Membership membership, LocalDate today) {
        String link = link(membership);
        for (UserAccount person : memberPeople(membership, today)) {
            Locale locale = person.getLanguage().locale();
            String alliance = membership.getAlliance().name(person.getLanguage());
            String status = messages.get(locale, membership.getStatus().messageKey());
            mailer.queue(
                    person.getEmail(),
                    messages.get(locale, "alliance.mail.status.subject", alliance, status),
                    messages.get(
                            locale,
                            "alliance.mail.status.body",
                            person.getDisplayName(),
                            membership.getSortName(),
                            alliance,
                            status,
                            link));
        }
    }

    public void renewalReminder(Membership membership, LocalDate today) {
        String link = link(membership);
        for (UserAccount person : memberPeople(membership, today)) {
            Locale locale = person.getLanguage().locale();
            String alliance = membership.getAlliance().name(person.getLanguage());
            mailer.queue(
                    person.getEmail(),
                    messages.get(locale, "alliance.mail.reminder.subject", alliance),
                    messages.get(
                            locale,
                            "alliance.mail.reminder.body",
                            person.getDisplayName(),
                            membership.getSortName(),
                            alliance,
                            membership.getValidTo().toString(),
                            link));
        }
    }

    /**
     * The secretariat's reminder of what the member still owes: the answer to its request for information, or the
     * outstanding dues ({@code keyPrefix} says which), mailed to each person in their own language.
     */
    public void reminder(Membership membership, String keyPrefix, LocalDate today) {
        String link = link(membership);
        for (UserAccount person : memberPeople(membership, today)) {
            Locale locale = person.getLanguage().locale();
            String alliance = membership.getAlliance().name(person.getLanguage());
            mailer.queue(
                    person.getEmail(),
                    messages.get(locale, keyPrefix + ".subject", alliance),
                    messages.get(
                            locale,
                            keyPrefix + ".body",
                            person.getDisplayName(),
                            membership.getSortName(),
                            alliance,
                            link));
        }
    }

    /** Tells the secretariat that an application arrived. */
    public void newApplication(Membership membership) {
        toCoordinators(membership, "alliance.mail.application");
    }

    /** Tells the secretariat that the applicant answered its request for more information. */
    public void informationGiven(Membership membership) {
        toCoordinators(membership, "alliance.mail.answered");
    }

    private void toCoordinators(Membership membership, String keyPrefix) {
        List<UserAccount> coordinators =
                membership.getAlliance().getCoordinatorIds().isEmpty()
                        ? List.of()
                        : reads.coordinators(membership.getAlliance().getCoordinatorIds());
        String link = link(membership);
        for (UserAccount coordinator : coordinators) {
            Locale locale = coordinator.getLanguage().locale();
            String alliance = membership.getAlliance().name(coordinator.getLanguage());
            mailer.queue(
                    coordinator.getEmail(),
                    messages.get(locale, keyPrefix + ".subject", alliance, membership.getSortName()),
                    messages.get(
                            locale,
                            keyPrefix + ".body",
                            coordinator.getDisplayName(),
                            membership.getSortName(),
                            alliance,
                            link));
        }
    }

    private String link(Membership membership) {
        return config.baseUrl() + "alliance/membership.xhtml?id=" + membership.getId();
    }

    /** Current seat holders; before any seat exists, the person who applied. */
    private List<UserAccount> memberPeople(Membership membership, LocalDate today) {
        Map<Long, UserAccount> people = new LinkedHashMap<>();
        memberships.currentSeatHolders(membership, today).forEach(p -> people.put(p.getId(), p));
        if (people.isEmpty() && membership.getAppliedBy() != null) {
            UserAccount person = accounts.find(membership.getAppliedBy()).orElse(null);
            if (person != null) {
                people.put(person.getId(), person);
            }
        }
        return List.copyOf(people.values());
    }
}
