package org.greenhub.evaluation.application;

import java.util.List;

/** The progress page's figures, one native statement each whatever the number of judges, entries and panels. */
public interface ProgressQueries {

    /** Per assigned judge: id, name, e-mail, locale, assigned, drafts, submitted. */
    List<Object[]> judges(long roundId);

    /** Per entry: subject id, reference, title, assignments, submitted sheets. */
    List<Object[]> entries(long roundId);

    /** Per panel: id, name, judges, assignments, submitted sheets. */
    List<Object[]> panels(long roundId);

    /** Per submitted sheet: id, reference, title, judge's name and e-mail, submitted at. */
    List<Object[]> submittedSheets(long roundId);

    /** Per entry: reference, title. */
    List<Object[]> titles(long roundId);
}
