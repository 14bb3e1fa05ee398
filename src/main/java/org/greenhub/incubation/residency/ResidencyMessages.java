package org.greenhub.incubation.residency;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Residencies, reports, graduation and the incubator dashboard: {@code i18n/residency*.properties}. */
@ApplicationScoped
public class ResidencyMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.residency";
    }
}
