package org.greenhub.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.evaluation.application.ProgrammeDetails;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/**
 * The reader's name for a subject's group or track code on the manager's round page: the engine stores codes
 * ("CLEAN_ENERGY", "START_UP") without knowing them, and no page shows a code. The naming itself is
 * {@link ProgrammeDetails#codeName} (tracks are green focus areas; other codes are named by the programme that owns
 * them, {@link ProgrammeStewards#codeLabelKey}).
 */
@Named("subjectCodes")
@RequestScoped
public class SubjectCodes {

    @Inject
    ProgrammeDetails programmeDetails;

    @Inject
    LocaleSelector localeSelector;

    public String label(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String name = programmeDetails.codeName(code, Language.of(localeSelector.getLocale()));
        // a code no programme names (an imported round's free text): shown as it was entered
        return name != null ? name : code;
    }
}
