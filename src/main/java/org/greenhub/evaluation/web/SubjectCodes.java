package org.greenhub.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.Messages;

/**
 * The reader's name for a subject's group or track code: the engine stores codes ("CLEAN_ENERGY", "START_UP") without
 * knowing them, and no page shows a code. Tracks are green focus areas (the organisation's catalogue); other codes are
 * named by the programme that owns them ({@link ProgrammeStewards#codeLabelKey}).
 */
@Named("subjectCodes")
@RequestScoped
public class SubjectCodes {

    @Inject
    Instance<ProgrammeStewards> stewards;

    @Inject
    Messages messages;

    @Inject
    LocaleSelector localeSelector;

    public String label(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        for (ProgrammeStewards programme : stewards) {
            String key = programme.codeLabelKey(code);
            if (key != null) {
                return messages.get(localeSelector.getLocale(), key);
            }
        }
        for (GreenFocusArea area : GreenFocusArea.values()) {
            if (area.name().equals(code)) {
                return messages.get(localeSelector.getLocale(), area.messageKey());
            }
        }
        // a code no programme names (an imported round's free text): shown as it was entered
        return code;
    }

    /** "Clean energy · Start-up", leaving out what is empty. */
    public String trackAndGroup(String track, String group) {
        String a = label(track);
        String b = label(group);
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " · " + b;
    }
}
