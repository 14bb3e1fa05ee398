package org.greenhub.reserve;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The green project reserve's texts: {@code i18n/reserve*.properties}. */
@ApplicationScoped
public class ReserveMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.reserve";
    }
}
