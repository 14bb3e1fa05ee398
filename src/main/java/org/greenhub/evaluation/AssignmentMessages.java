package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Round setup, conflicts of interest and assignment texts: {@code i18n/assignment*.properties}. */
@ApplicationScoped
public class AssignmentMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.assignment";
    }
}
