package org.greenhub.zone;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The zone feature's texts: {@code i18n/zone*.properties}. */
@ApplicationScoped
public class ZoneMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.zone";
    }
}
