package org.greenhub.zone;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The factor tables' and indicators' texts: {@code i18n/zonefactors*.properties}. */
@ApplicationScoped
public class ZoneFactorMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.zonefactors";
    }
}
