package org.greenhub.evaluation.application;

import java.util.Optional;

/** The programme key a record belongs to, which decides who manages it ({@link ManagerAccess}). */
public interface ProgrammeKeys {

    Optional<String> ofRound(long roundId);

    Optional<String> ofPanel(long panelId);

    Optional<String> ofSheet(long sheetId);

    Optional<String> ofSubject(long subjectId);
}
