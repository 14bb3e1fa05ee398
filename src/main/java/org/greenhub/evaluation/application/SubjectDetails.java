package org.greenhub.evaluation.application;

import org.greenhub.platform.i18n.Language;

import java.io.Serializable;
import java.util.List;

/**
 * Implemented by a programme for its own programme keys: what a judge reads about a subject on the scoring page
 * besides its documents (an entry's texts and figures), labelled in the judge's language. The scoring page is the
 * only place judges read a subject, so this is where a programme decides what a blind round leaves out: anything that
 * may name or single out the applicant. The engine asks only after {@link JudgeAccess} has let the judge in.
 */
public interface SubjectDetails {

    /** One labelled piece of the subject; {@code multiline} text keeps its line breaks. */
    record Detail(String label, String text, boolean multiline) implements Serializable {
    }

    /** The start of every key this programme owns ("competition:"). */
    String keyPrefix();

    /** The subject's details for a judge, in order; a blind round's leave out whatever may identify the applicant. */
    List<Detail> forJudge(long subjectId, boolean blind, Language language);

    default boolean claims(String programmeKey) {
        return programmeKey != null && programmeKey.startsWith(keyPrefix());
    }
}
