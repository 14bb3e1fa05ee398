package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every language's bundles must hold, one walk per language (the failure names it): every text of the English
 * bundles with the same placeholders and nothing else, every mail in the one voice, and the language's own
 * punctuation. The glossary checks are {@link TranslationStyleTest}; keys used by pages and code,
 * {@link TranslationCompletenessTest}.
 */
class BundlesInEveryLanguageTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final String SIGN_OFF = "GreenHub";
    /** A lone " between spaces is the character itself. */
    private static final Pattern ASCII_QUOTE = Pattern.compile("(?<! )\"|\"(?! )");

    @ParameterizedTest(name = "{0}")
    @EnumSource(BundleLanguage.class)
    void everyBundleHasEveryEnglishKeyWithTheSamePlaceholdersAndNoOther(BundleLanguage language) {
        List<String> problems = new ArrayList<>();
        for (Path base : Bundles.baseFiles()) {
            Properties english = Bundles.load(base);
            assertFalse(english.isEmpty(), base + " is empty");
            Path translated = Bundles.inLanguage(base, language.suffix);
            if (!Files.exists(translated)) {
                problems.add(translated + " is missing");
                continue;
            }
            Properties other = Bundles.load(translated);
            for (String key : english.stringPropertyNames()) {
                String value = other.getProperty(key);
                if (value == null || value.isBlank()) {
                    problems.add(translated.getFileName() + ": missing " + key);
                } else if (!placeholders(english.getProperty(key)).equals(placeholders(value))) {
                    problems.add(translated.getFileName() + ": placeholders differ in " + key);
                } else if (value.contains("'") && !placeholders(value).isEmpty()) {
                    problems.add(translated.getFileName() + ": ASCII apostrophe breaks the message " + key);
                }
            }
            for (String key : other.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(translated.getFileName() + ": " + key + " is not in the English bundle");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BundleLanguage.class)
    void everyMailHasOneSalutationCapitalisedParagraphsTypographicQuotesAndOneSignOff(BundleLanguage language) {
        List<String> problems = new ArrayList<>();
        int mails = 0;
        for (Map.Entry<String, String> text : Bundles.merged(language.suffix).entrySet()) {
            if (!text.getKey().endsWith(".body")) {
                continue;
            }
            mails++;
            String where = language + " " + text.getKey() + ": ";
            String body = text.getValue();
            if (!body.startsWith(language.salutation)) {
                problems.add(where + "does not open with “" + language.salutation.strip() + "”");
            }
            String[] paragraphs = body.split("\n\n");
            if (!paragraphs[paragraphs.length - 1].equals(SIGN_OFF)
                    || Stream.of(paragraphs).filter(SIGN_OFF::equals).count() != 1) {
                problems.add(where + "does not end with the one sign-off “" + SIGN_OFF + "”");
            }
            for (int i = 1; i < paragraphs.length; i++) {
                int first = paragraphs[i].codePointAt(0);
                if (Character.isLowerCase(first)) {
                    problems.add(where + "paragraph starts in lower case: “" + paragraphs[i] + "”");
                }
            }
            if (body.contains("\"")) {
                problems.add(where + "ASCII quotes; use “ ”");
            }
        }
        assertTrue(
                mails >= 25,
                "found only " + mails + " " + language + " mail bodies: are the keys still called *.body?");
        assertTrue(problems.isEmpty(), "Mails out of voice:\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BundleLanguage.class)
    void everyTextUsesTheLanguagesOwnPunctuation(BundleLanguage language) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> text : Bundles.merged(language.suffix).entrySet()) {
            for (Pattern rule : language.punctuationRuledOut) {
                Matcher found = rule.matcher(text.getValue());
                if (found.find()) {
                    problems.add(text.getKey() + language.suffix + ": “" + found.group() + "” in " + text.getValue());
                }
            }
            if (ASCII_QUOTE.matcher(text.getValue()).find()) {
                problems.add(text.getKey() + language.suffix + ": ASCII quotes; use “ ” in " + text.getValue());
            }
        }
        assertTrue(problems.isEmpty(), "Punctuation:\n" + String.join("\n", problems));
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}
