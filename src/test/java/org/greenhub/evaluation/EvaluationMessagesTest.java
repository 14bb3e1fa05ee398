package org.greenhub.evaluation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every message key the evaluation code throws has an English text, and every text formats. */
class EvaluationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(evaluation\\.[A-Za-z.]+)\"");

    /** The evaluation feature's two bundles: the engine and rounds, and scoring (sheets, results, advancement, import). */
    private static final List<String> BUNDLES = List.of(new EvaluationMessages().baseName(), new ScoringMessages().baseName());

    @Test
    void everyKeyUsedInTheCodeHasATextAndEveryTextIsUsed() {
        Set<String> texts = new TreeSet<>();
        for (String baseName : BUNDLES) {
            texts.addAll(bundle(baseName).keySet());
        }
        assertEquals(keysUsedIn(Path.of("src/main/java/org/greenhub/evaluation")), texts);
    }

    private static ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void textsFormatAndUseTypographicApostrophes() {
        for (String baseName : BUNDLES) {
            textsFormat(bundle(baseName));
        }
    }

    private static void textsFormat(ResourceBundle bundle) {
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            assertFalse(text.contains("'"), key + " has a straight apostrophe, which MessageFormat swallows");
            String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[]{"a", "b", "c", "d", "e", "f"});
            assertFalse(formatted.contains("{"), key + " keeps a placeholder: " + formatted);
        }
    }

    private static Set<String> keysUsedIn(Path sources) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
