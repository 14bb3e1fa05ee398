package org.greenhub.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/**
 * The audit trail's sentences, record names and field names ({@code i18n/audit*.properties}): one bundle for every
 * feature's events, so the platform page reads them without knowing any feature, and one test holds them complete.
 */
@ApplicationScoped
public class AuditMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.audit";
    }
}
