package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The evaluation feature's texts: {@code i18n/evaluation*.properties}. */
@ApplicationScoped
public class EvaluationMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.evaluation";
    }
}
