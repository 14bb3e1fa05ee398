package org.greenhub.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlatformMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.platform";
    }
}
