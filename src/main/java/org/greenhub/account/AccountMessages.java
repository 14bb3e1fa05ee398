package org.greenhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The account feature's texts: {@code i18n/account*.properties}. */
@ApplicationScoped
public class AccountMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.account";
    }
}
