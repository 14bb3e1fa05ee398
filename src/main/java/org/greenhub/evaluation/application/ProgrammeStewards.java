package org.greenhub.evaluation.application;

import java.util.Collection;
import org.greenhub.account.domain.UserAccount;

/**
 * Implemented by each programme (competition, incubator intake) for its own programme keys, so that only the
 * managers of that competition or incubator manage its rounds, panels, assignments, scores and results. Keys that
 * no programme claims stay open to every programme manager; administrators may always manage.
 */
public interface ProgrammeStewards {

    /** The start of every key this programme owns ("competition:"). */
    String keyPrefix();

    /** Whether the user manages the programme behind the key (asked only for keys with this prefix). */
    boolean mayManage(UserAccount user, String programmeKey);

    /** Every key of this programme the user manages (for lists filtered in the database). */
    Collection<String> keysManagedBy(UserAccount user);

    /**
     * The message key naming one of this programme's subject group or track codes ("START_UP"), or null when the code
     * is not this programme's. The engine stores the codes opaquely; pages show their names (see {@code SubjectCodes}).
     */
    default String codeLabelKey(String code) {
        return null;
    }

    default boolean claims(String programmeKey) {
        return programmeKey != null && programmeKey.startsWith(keyPrefix());
    }
}
