package org.greenhub.competition.award;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Awards, four-eyes approval, notice period and objections: {@code i18n/award*.properties}. */
@ApplicationScoped
public class AwardMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.award";
    }
}
