package org.greenhub.testsupport.browser;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts pages should show, read from the source bundles (src/main/resources/i18n), so assertions follow the
 * wording instead of repeating it. Translations may not exist yet on every branch: callers get an empty result then.
 */
public final class BundleText {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    private BundleText() {}

    /** The English text of a key in a feature bundle, e.g. {@code english("account", "account.signIn")}. */
    public static String english(String feature, String key) {
        return text(I18N.resolve(feature + ".properties"), key)
                .orElseThrow(() -> new AssertionError("No English text for " + key + " in " + feature + ".properties"));
    }

    /**
     * The translated text, when the translation file exists and has the key. {@code localeSuffix} is the bundle
     * suffix, e.g. "zh_CN"; the language-only file ("zh") is tried next, as ResourceBundle would.
     */
    public static Optional<String> translated(String feature, String localeSuffix, String key) {
        Optional<String> exact = text(I18N.resolve(feature + "_" + localeSuffix + ".properties"), key);
        if (exact.isPresent() || !localeSuffix.contains("_")) {
            return exact;
        }
        return text(
                I18N.resolve(feature + "_" + localeSuffix.substring(0, localeSuffix.indexOf('_')) + ".properties"),
                key);
    }

    private static Optional<String> text(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty(key));
    }
}
