package org.greenhub.evaluation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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

    @Test
    void everyKeyUsedInTheCodeHasATextAndEveryTextIsUsed() {
        ResourceBundle bundle = ResourceBundle.getBundle(new EvaluationMessages().baseName(), Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(keysUsedIn(Path.of("src/main/java/org/greenhub/evaluation")), new TreeSet<>(bundle.keySet()));
    }

    @Test
    void textsFormatAndUseTypographicApostrophes() {
        ResourceBundle bundle = ResourceBundle.getBundle(new EvaluationMessages().baseName(), Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
