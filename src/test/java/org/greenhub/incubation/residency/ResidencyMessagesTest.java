package org.greenhub.incubation.residency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/**
 * Every {@code residency.} key the code and pages use has an English text, every text is used, and every text formats.
 * (The shared translation test checks the other languages.) A key written with a trailing dot
 * ({@code "residency.status." + name()}) is a prefix that enum values complete.
 */
class ResidencyMessagesTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            new ResidencyMessages().baseName(),
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final Pattern JAVA_KEY = Pattern.compile("\"(residency\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern PAGE_KEY =
            Pattern.compile("msg(?:\\['(residency\\.[^']+)'\\]|\\.format\\('(residency\\.[^']+)')");

    @Test
    void everyKeyUsedHasATextAndEveryTextIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            Matcher m = JAVA_KEY.matcher(Files.readString(source));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (Path page : files(Path.of("src/main/webapp"), ".xhtml")) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        used.remove("residency.organisationChoice"); // the converter's id, not a text
        Set<String> texts = BUNDLE.keySet();
        Set<String> withoutText = new TreeSet<>();
        for (String key : used) {
            boolean found = key.endsWith(".") ? texts.stream().anyMatch(t -> t.startsWith(key)) : texts.contains(key);
            if (!found) {
                withoutText.add(key);
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String text : texts) {
            if (!used.contains(text) && used.stream().noneMatch(p -> p.endsWith(".") && text.startsWith(p))) {
                unused.add(text);
            }
        }
        assertEquals(Set.of(), withoutText, "keys without text");
        assertEquals(Set.of(), unused, "texts nothing uses");
    }

    @Test
    void textsFormatAndUseTypographicApostrophes() {
        for (String key : BUNDLE.keySet()) {
            String text = BUNDLE.getString(key);
            assertFalse(text.contains("'"), key + " has a straight apostrophe, which MessageFormat swallows");
            String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 2, 3, 4, 5, 6});
            assertFalse(formatted.contains("{"), key + " keeps a placeholder: " + formatted);
        }
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new TreeSet<>(walk.filter(p -> p.toString().endsWith(suffix)).toList());
        }
    }
}
