package org.greenhub.incubation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Incubator records, intake calls, applications, screening, decisions and offers: {@code i18n/incubation*.properties}. */
@ApplicationScoped
public class IncubationMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.incubation";
    }
}
