package org.greenhub.publication;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.platform.i18n.MessageBundle;

/** The public record: results, certificates, transparency packs, feed: {@code i18n/publication*.properties}. */
@ApplicationScoped
public class PublicationMessages implements MessageBundle {

    @Override
    public String baseName() {
        return "i18n.publication";
    }
}
