package org.greenhub.zone;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The zone dashboard's and indicator values' texts: {@code i18n/zonedashboard*.properties}. */
@ApplicationScoped
public class ZoneDashboardMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.zonedashboard";
    }
}
