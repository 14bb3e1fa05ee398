package org.greenhub.alliance.domain;

import java.time.Instant;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;

/** Alliance events and their registrations, as stored. */
public interface AllianceEventRepository {

    void add(AllianceEvent event);

    Optional<AllianceEvent> find(long id);

    /** The event under its row lock, so that two registrations cannot both take its last place. */
    Optional<AllianceEvent> lock(long id);

    /** The alliance's events starting in [from, to). */
    long countBetween(Alliance alliance, Instant from, Instant to);

    void addRegistration(EventRegistration registration);

    Optional<EventRegistration> findRegistration(long id);

    void removeRegistration(EventRegistration registration);

    boolean isRegistered(AllianceEvent event, UserAccount person);

    long countRegistrations(AllianceEvent event);

    /** Writes pending changes now, so that a changed event's version is the one an answer tags it with. */
    void flush();
}
