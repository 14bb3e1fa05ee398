package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.greenhub.platform.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * The engine's one way to ask the programme that owns a key what its judges read ({@link SubjectDetails}); a key no
 * programme claims reads as its codes in UTC, so the engine still works without any programme.
 */
@ApplicationScoped
public class ProgrammeDetails {

    private static final SubjectDetails NONE = new SubjectDetails() {
        @Override
        public String keyPrefix() {
            return "";
        }

        @Override
        public List<Detail> forJudge(long subjectId, boolean blind, Language language) {
            return List.of();
        }
    };

    @Inject
    Instance<SubjectDetails> programmes;

    public SubjectDetails of(String programmeKey) {
        for (SubjectDetails programme : programmes) {
            if (programme.claims(programmeKey)) {
                return programme;
            }
        }
        return NONE;
    }

    /** A track and group as "Clean energy · Start-up group" in the judge's language; null when the subject has neither. */
    public String trackAndGroup(String programmeKey, String track, String group, Language language) {
        SubjectDetails programme = of(programmeKey);
        String trackName = track == null ? null : programme.trackName(track, language);
        String groupName = group == null ? null : programme.groupName(group, language);
        if (trackName == null) {
            return groupName;
        }
        return groupName == null ? trackName : trackName + " · " + groupName;
    }

    public Map<Long, String> documentLabels(String programmeKey, long subjectId, Map<Long, String> stored, Language language) {
        return of(programmeKey).documentLabels(subjectId, stored, language);
    }
}
