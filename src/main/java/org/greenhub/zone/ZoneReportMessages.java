package org.greenhub.zone;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The annual green development report's texts: {@code i18n/zonereport*.properties}. */
@ApplicationScoped
public class ZoneReportMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.zonereport";
    }
}
