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

    /**
     * One page of the round's judges by name: id, name, e-mail, assigned, drafts, submitted, and how many of the
     * round's entries the judge declared a conflict with (on the entry or on its organisation).
     */
    List<Object[]> judgesPage(long roundId, int offset, int size);

    /** How many judges hold an assignment in the round. */
    long countJudges(long roundId);

    /** One page of the round's entries by reference: subject id, reference, title, assignments, submitted sheets. */
    List<Object[]> entriesPage(long roundId, int offset, int size);

    /** How many entries the round has. */
    long countEntries(long roundId);

    /** The round's totals in one row: entries, panels, judges assigned, assignments, drafts, submitted sheets. */
    Object[] totals(long roundId);
}
