package org.greenhub.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks a key up in the feature bundles, in a given language; used for pages, mails and API problems alike. */
@ApplicationScoped
public class Messages {

    @Inject
    Instance<MessageBundle> bundles;

    private volatile List<String> baseNames;

    public String get(Locale locale, String key, Object... args) {
        Locale effective = Language.of(locale).locale();
        for (String baseName : baseNames()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(
                        baseName,
                        effective,
                        Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args == null || args.length == 0
                            ? pattern
                            : new MessageFormat(pattern, effective).format(args);
                }
            } catch (MissingResourceException ignored) {
                // this feature has no bundle in that language: try the next one
            }
        }
        return "???" + key + "???";
    }

    /** A {@link LocalisedName} for a reader of this locale: theirs, else English followed by "(English)" in their language. */
    public String localised(Locale locale, LocalisedName name) {
        if (name == null) {
            return null;
        }
        LocalisedName.Shown shown = name.shown(Language.of(locale));
        return shown.fallback() ? shown.text() + " " + get(locale, "platform.localised.inEnglish") : shown.text();
    }

    public boolean has(String key) {
        return !get(Locale.ENGLISH, key).startsWith("???");
    }

    private List<String> baseNames() {
        if (baseNames == null) {
            baseNames = bundles.stream().map(MessageBundle::baseName).toList();
        }
        return baseNames;
    }
}
