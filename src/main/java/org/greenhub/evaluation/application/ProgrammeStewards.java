package org.greenhub.evaluation.application;

import org.greenhub.account.domain.UserAccount;

/**
 * Implemented by each programme (competition, incubator intake) for its own programme keys, so that only the
 * managers of that competition or incubator manage its rounds, panels, assignments and results. The engine asks
 * the implementation that {@linkplain #claims claims} a round's key; keys nobody claims stay open to every
 * programme manager. Administrators may always manage.
 */
public interface ProgrammeStewards {

    /** Whether this programme owns the key ("competition:12" for the competition feature). */
    boolean claims(String programmeKey);

    /** Whether the user manages the programme behind the key (called only for keys this programme claims). */
    boolean mayManage(UserAccount user, String programmeKey);
}
