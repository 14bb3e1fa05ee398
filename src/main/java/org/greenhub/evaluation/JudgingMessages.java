package org.greenhub.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The judges' pages (queue, scoring form): {@code i18n/judging*.properties}. */
@ApplicationScoped
public class JudgingMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.judging";
    }
}
