package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The texts of the managers’ round pages and the judges’ conflict page: {@code i18n/evaluationui*.properties}. */
@ApplicationScoped
public class EvaluationUiMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.evaluationui";
    }
}
