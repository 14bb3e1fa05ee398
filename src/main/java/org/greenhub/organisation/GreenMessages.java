package org.greenhub.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** Texts of the green metrics (focus areas, catalogue categories, units, plausibility problems) shared by programmes. */
@ApplicationScoped
public class GreenMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.green";
    }
}
