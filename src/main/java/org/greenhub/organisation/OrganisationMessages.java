package org.greenhub.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The organisation feature's texts: {@code i18n/organisation*.properties}. */
@ApplicationScoped
public class OrganisationMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.organisation";
    }
}
