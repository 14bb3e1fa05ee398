package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.Test;

/**
 * Every message key the evaluation code uses has an English text (in the evaluation or the assignment bundle), every
 * text is used, and every text formats. A key written with a trailing dot ("evaluation.conflict.type." + name) is a
 * prefix: enum values complete it.
 */
class EvaluationMessagesTest {

    /** Every bundle with evaluation texts (engine, assignment, scoring, pages), found by name so new ones count too. */
    private static final List<ResourceBundle> BUNDLES = evaluationBundles();

    private static List<ResourceBundle> evaluationBundles() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("[a-z]+\\.properties"))
                    .map(name -> english("i18n." + name.replace(".properties", "")))
                    .filter(bundle -> bundle.keySet().stream().anyMatch(key -> key.startsWith("evaluation.")))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The round-setup pages' texts: mostly used by pages, so only "has a text" and formatting are checked here. */
    private static final ResourceBundle PAGES = english(new EvaluationUiMessages().baseName());

    private static final Pattern KEY = Pattern.compile("\"(evaluation\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyUsedInTheCodeHasATextAndEveryTextIsUsed() {
        Set<String> used = keysUsedIn(Path.of("src/main/java/org/greenhub/evaluation"));
        used.addAll(keysUsedInPages(Path.of("src/main/webapp")));
        Set<String> texts = new TreeSet<>();
        BUNDLES.forEach(bundle -> texts.addAll(bundle.keySet()));
        Set<String> withoutText = new TreeSet<>();
        Set<String> textsAndPageTexts = new TreeSet<>(texts);
        textsAndPageTexts.addAll(PAGES.keySet());
        for (String key : used) {
            boolean found = key.endsWith(".")
                    ? textsAndPageTexts.stream().anyMatch(t -> t.startsWith(key))
                    : textsAndPageTexts.contains(key);
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
        assertEquals(Set.of(), unused, "texts no code uses");
    }

    @Test
    void textsFormatAndUseTypographicApostrophes() {
        for (ResourceBundle bundle :
                Stream.concat(BUNDLES.stream(), Stream.of(PAGES)).toList()) {
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.contains("'"), key + " has a straight apostrophe, which MessageFormat swallows");
                String formatted =
                        new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"a", "b", "c", "d", "e", "f"});
                assertFalse(formatted.contains("{"), key + " keeps a placeholder: " + formatted);
            }
        }
    }

    private static ResourceBundle english(String baseName) {
        return ResourceBundle.getBundle(
                baseName,
                Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Keys pages use: msg['key'], msg.format('key', ...), and prefixes completed by a value: msg['prefix.'+=value]. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg(?:\\[|\\.format\\()'(evaluation\\.[A-Za-z_.]+)'");

    private static Set<String> keysUsedInPages(Path pages) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = PAGE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
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
