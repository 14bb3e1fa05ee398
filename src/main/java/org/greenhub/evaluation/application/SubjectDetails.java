package org.greenhub.evaluation.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.i18n.Language;

/**
 * Implemented by a programme for its own programme keys: what a judge reads about a subject on the scoring page
 * besides its documents (an entry's texts and figures), labelled in the judge's language. The scoring page is the
 * only place judges read a subject, so this is where a programme decides what a blind round leaves out: anything that
 * may name or single out the applicant. The engine asks only after {@link JudgeAccess} has let the judge in.
 * It also names, in the judge's language, what the engine stores as codes (track, group, document kinds) and tells
 * the time zone the programme's rounds are set in, so every time a judge reads is in that zone, named.
 */
public interface SubjectDetails {

    /** The zone of a programme key no programme claims (and of a programme that names none). */
    String DEFAULT_ZONE = "UTC";

    /**
     * One labelled piece of the subject in a section (its heading, already translated; null for none);
     * {@code multiline} text keeps its line breaks.
     */
    record Detail(String section, String label, String text, boolean multiline) implements Serializable {
        public Detail(String label, String text, boolean multiline) {
            this(null, label, text, multiline);
        }
    }

    /** The start of every key this programme owns ("competition:"). */
    String keyPrefix();

    /** The subject's details for a judge, in order; a blind round's leave out whatever may identify the applicant. */
    List<Detail> forJudge(long subjectId, boolean blind, Language language);

    /**
     * The subject's documents' labels in the judge's language by document id, given the labels the engine stored
     * (the programme's English) by id; a document left out keeps its stored label.
     */
    default Map<Long, String> documentLabels(long subjectId, Map<Long, String> stored, Language language) {
        return Map.of();
    }

    /** A track code as its name in the judge's language. */
    default String trackName(String code, Language language) {
        return code;
    }

    /** A group code as its name in the judge's language. */
    default String groupName(String code, Language language) {
        return code;
    }

    /** The IANA zone the programme's rounds are set in (a competition's edition zone). */
    default String zone(String programmeKey) {
        return DEFAULT_ZONE;
    }

    /**
     * The programme's own name for the key in the reader's language (a competition's edition, an intake call's
     * title), for the managers' API; null when the programme names none, and the key is then shown as it is.
     */
    default String programmeName(String programmeKey, Language language) {
        return null;
    }

    default boolean claims(String programmeKey) {
        return programmeKey != null && programmeKey.startsWith(keyPrefix());
    }
}
