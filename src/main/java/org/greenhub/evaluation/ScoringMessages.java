package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The scoring, results, advancement and import texts of the evaluation feature: {@code i18n/scoring*.properties}. */
@ApplicationScoped
public class ScoringMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.scoring";
    }
}
