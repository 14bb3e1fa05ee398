package org.greenhub.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Set;

/** {@code #{msg['feature.key']}} in pages: every feature's bundle in the visitor's language. */
@Named("msg")
@RequestScoped
public class MessageMap extends AbstractMap<String, String> {

    @Inject
    Messages messages;

    @Inject
    LocaleSelector localeSelector;

    @Override
    public String get(Object key) {
        return messages.get(localeSelector.getLocale(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }

    /** For messages with arguments: {@code #{msg.format('key', arg)}}. */
    public String format(String key, Object... args) {
        return messages.get(localeSelector.getLocale(), key, args);
    }
}
