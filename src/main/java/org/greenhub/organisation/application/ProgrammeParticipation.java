package org.greenhub.organisation.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.domain.UserAccount;

/**
 * Implemented by each programme (competitions, incubators, alliances) so that the one organisation record shows the
 * organisation's whole path: entries and awards, intake applications and residencies, memberships. The organisation
 * feature knows no programme; it only collects these lines. Each programme decides which of its lines the viewer may
 * see (the organisation's own people and administrators see all; a programme's staff see that programme's lines).
 */
public interface ProgrammeParticipation {

    List<Line> linesFor(long organisationId, UserAccount viewer);

    /**
     * One step of the organisation's path. Keys are message keys of the programme's bundle; {@code link} is a page path
     * the viewer may open (or null).
     */
    record Line(String programmeKey, String title, String statusKey, LocalDate since, String link)
            implements Serializable {}
}
