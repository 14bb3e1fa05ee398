package org.greenhub.zone;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The declaring deadlines', reminders', overdue list's and declaration import's texts: {@code i18n/zoneimport*.properties}. */
@ApplicationScoped
public class ZoneImportMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.zoneimport";
    }
}
