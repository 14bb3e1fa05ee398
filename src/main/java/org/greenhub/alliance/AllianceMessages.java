package org.greenhub.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The alliance feature's texts: {@code i18n/alliance*.properties}. */
@ApplicationScoped
public class AllianceMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.alliance";
    }
}
