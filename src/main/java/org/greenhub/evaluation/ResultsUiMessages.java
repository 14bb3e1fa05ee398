package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The programme manager's progress and results pages and the late-judge reminder: {@code i18n/resultsui*.properties}. */
@ApplicationScoped
public class ResultsUiMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.resultsui";
    }
}
