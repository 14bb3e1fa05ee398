package org.greenhub.competition;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Competition editions, entries, eligibility, review and rounds: {@code i18n/competition*.properties}. */
@ApplicationScoped
public class CompetitionMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.competition";
    }
}
