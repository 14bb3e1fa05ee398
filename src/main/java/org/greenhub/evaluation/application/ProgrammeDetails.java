package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

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

    @Inject
    Instance<ProgrammeStewards> stewards;

    @Inject
    Messages messages;

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
        String trackName = track == null ? null : named(track, programme.trackName(track, language), language);
        String groupName = group == null ? null : named(group, programme.groupName(group, language), language);
        if (trackName == null) {
            return groupName;
        }
        return groupName == null ? trackName : trackName + " · " + groupName;
    }

    /**
     * A code the programme left unnamed (or a key no programme's details claim) is still named when some programme
     * knows it ({@link ProgrammeStewards#codeLabelKey}) or it is a green focus area: judges never read a code.
     */
    private String named(String code, String name, Language language) {
        if (name != null && !name.equals(code)) {
            return name;
        }
        String known = codeName(code, language);
        return known != null ? known : name;
    }

    /** The reader's name for a code some programme claims or a green focus area; null when nobody knows it. */
    public String codeName(String code, Language language) {
        for (ProgrammeStewards programme : stewards) {
            String key = programme.codeLabelKey(code);
            if (key != null) {
                return messages.get(language.locale(), key);
            }
        }
        for (GreenFocusArea area : GreenFocusArea.values()) {
            if (area.name().equals(code)) {
                return messages.get(language.locale(), area.messageKey());
            }
        }
        return null;
    }

    public Map<Long, String> documentLabels(
            String programmeKey, long subjectId, Map<Long, String> stored, Language language) {
        return of(programmeKey).documentLabels(subjectId, stored, language);
    }
}
