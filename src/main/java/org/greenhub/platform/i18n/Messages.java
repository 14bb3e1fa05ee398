package org.greenhub.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Looks a key up in the feature bundles, in a given language; used for pages, mails and API problems alike. */
@ApplicationScoped
public class Messages {

    @Inject
    Instance<MessageBundle> bundles;

    private volatile List<String> baseNames;

    /**
     * Every key of every feature bundle in one language, the first bundle naming a key winning, read once per reader's
     * locale: a page resolves dozens of texts, and asking each bundle in turn for each text was 9 % of the score form's
     * CPU (issue 17). The bundles are part of the WAR and never change while it runs.
     */
    private record Patterns(Locale effective, Map<String, String> byKey) {}

    private final ConcurrentMap<Locale, Patterns> patterns = new ConcurrentHashMap<>();

    public String get(Locale locale, String key, Object... args) {
        // keyed by the supported language the locale comes to, so that no caller's locale can grow the map
        Patterns texts = patterns.computeIfAbsent(Language.of(locale).locale(), this::load);
        String pattern = texts.byKey().get(key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, texts.effective()).format(args);
    }

    private Patterns load(Locale locale) {
        Locale effective = Language.of(locale).locale();
        Map<String, String> byKey = new HashMap<>();
        for (String baseName : baseNames()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(
                        baseName,
                        effective,
                        Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    byKey.putIfAbsent(key, bundle.getString(key));
                }
            } catch (MissingResourceException ignored) {
                // this feature has no bundle in that language: the next ones may still name the key
            }
        }
        return new Patterns(effective, Map.copyOf(byKey));
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
