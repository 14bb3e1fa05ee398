package org.greenhub.evaluation.application;

import java.util.List;
import org.greenhub.organisation.domain.Organisation;

/** What a judge picks from when declaring a conflict or a tie. */
public interface JudgeDeclarationQueries {

    /**
     * Entries of rounds the judge sits on a panel of: subject id, round name, reference, title, blind, round id,
     * organisation id, and how many published assignments the judge holds for it (0 or 1), by round and reference.
     */
    List<Object[]> entriesOnPanelsOf(long judgeId);

    /** Organisations whose search key contains every word (already made search keys), by legal name, at most {@code max}. */
    List<Organisation> organisationsNamed(List<String> words, int max);
}
