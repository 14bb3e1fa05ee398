package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The translations read as one voice: every term in its glossary form (the glossary is {@code docs/glossary.md}, read
 * here, so a changed term binds every bundle). Mails and each language's own punctuation are checked language by
 * language in {@link BundlesInEveryLanguageTest}.
 */
class TranslationStyleTest {

    private static final Path GLOSSARY = Path.of("docs/glossary.md");
    /** Glossary language codes and the bundle suffix of each; English is the base bundle. */
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        // In the order of the glossary's columns.
        BundleLanguage.translations().forEach(language -> LANGUAGES.put(language.code, language.suffix));
    }

    private static final Pattern BRACKETS = Pattern.compile("\\s*[(（][^()（）]*[)）]");

    // ---------------------------------------------------------------- glossary

    @Test
    void labelsThatAreAGlossaryTermUseItsForm() throws IOException {
        Glossary glossary = Glossary.read();
        Map<String, String> english = bundle("");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> text : english.entrySet()) {
            Map<String, List<String>> forms = glossary.terms.get(normalise(text.getValue()));
            if (forms != null) {
                expectForms(text.getKey(), forms, problems);
            }
        }
        assertTrue(
                problems.isEmpty(),
                "Labels not in their glossary form (docs/glossary.md):\n" + String.join("\n", problems));
    }

    @Test
    void runningTextUsesTheGlossaryFormOfEveryCheckedTerm() throws IOException {
        Glossary glossary = Glossary.read();
        assertTrue(glossary.checkedInText.size() >= 10, "the glossary lists the terms checked in every text");
        Map<String, String> english = bundle("");
        List<String> problems = new ArrayList<>();
        for (String term : glossary.checkedInText) {
            Map<String, List<String>> forms = glossary.terms.get(term);
            if (forms == null) {
                problems.add("“" + term + "” is listed under “Checked in every text” but is no term of the glossary");
                continue;
            }
            // "Judge" and "judges" name the term; "JUDGE" (an API value) and "entry,judge" (a CSV header) do not.
            String first = term.substring(0, 1);
            Pattern inEnglish = Pattern.compile("(?<![\\p{L},-])[" + first + first.toUpperCase(Locale.ROOT) + "]"
                    + Pattern.quote(term.substring(1)) + "(?:s|es)?(?![\\p{L}-])");
            for (Map.Entry<String, String> text : english.entrySet()) {
                if (inEnglish.matcher(text.getValue()).find()) {
                    expectForms(text.getKey() + " (“" + term + "”)", forms, problems);
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                "Texts that do not use the glossary term (docs/glossary.md):\n" + String.join("\n", problems));
    }

    @Test
    void noBundleUsesAVariantTheGlossaryRulesOut() throws IOException {
        Glossary glossary = Glossary.read();
        assertTrue(glossary.variants.size() >= 20, "the glossary lists the forms not to use");
        List<String> problems = new ArrayList<>();
        for (Variant variant : glossary.variants) {
            Map<String, List<String>> forms = glossary.terms.get(normalise(variant.english));
            String suffix = LANGUAGES.get(variant.language);
            if (forms == null || suffix == null) {
                problems.add("glossary: “" + variant.english + "” (" + variant.language
                        + ") is no term and language of the glossary");
                continue;
            }
            if (!forms.get(variant.language).contains(normaliseForm(variant.use))) {
                problems.add("glossary: “" + variant.use + "” is not the glossary form of “" + variant.english + "”");
            }
            for (Map.Entry<String, String> text : bundle(suffix).entrySet()) {
                if (variant.pattern.matcher(text.getValue()).find()) {
                    problems.add(variant.language + " " + text.getKey() + ": “" + variant.not
                            + "” where the glossary says “" + variant.use + "”: " + text.getValue());
                }
            }
        }
        assertTrue(problems.isEmpty(), "Variants the glossary rules out:\n" + String.join("\n", problems));
    }

    private static void expectForms(String what, Map<String, List<String>> forms, List<String> problems)
            throws IOException {
        String key = what.split(" ")[0];
        for (Map.Entry<String, String> language : LANGUAGES.entrySet()) {
            String text = bundle(language.getValue()).get(key);
            List<String> expected = forms.get(language.getKey());
            if (text == null || expected.isEmpty()) {
                continue; // a missing text is the completeness test's business
            }
            String folded = text.toLowerCase(Locale.ROOT);
            if (expected.stream().noneMatch(folded::contains)) {
                problems.add(language.getKey() + " " + what + ": expected " + String.join(" or ", expected) + " in “"
                        + text + "”");
            }
        }
    }

    // ---------------------------------------------------------------- punctuation (the rules: BundleLanguage)

    @Test
    void thePunctuationRulesCatchWhatTheReviewFound() {
        assertTrue(BundleLanguage.Rules.THAI_QUESTION_MARK
                .matcher("ส่งใบให้คะแนนนี้หรือไม่? เมื่อส่งแล้ว")
                .find());
        assertTrue(BundleLanguage.Rules.HALF_WIDTH_BESIDE_HAN
                .matcher("例如：生物医药, 集成电路")
                .find());
        assertTrue(BundleLanguage.Rules.OLD_TONE_MARK.matcher("Xoá tiêu chí").find());
        assertTrue(!BundleLanguage.Rules.OLD_TONE_MARK
                .matcher("quý khách, hoàn thành, toán")
                .find());
    }

    // ---------------------------------------------------------------- reading

    /** A text's English reduced to the term it names: no trailing bracket or colon, lower case. */
    private static String normalise(String english) {
        String cut = BRACKETS.matcher(english).replaceAll("").strip();
        return cut.replaceAll("[.:：。]+$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String normaliseForm(String form) {
        return BRACKETS.matcher(form).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }

    private record Variant(String english, String language, String not, String use, Pattern pattern) {}

    /** The glossary: term → language → accepted forms; the terms checked in running text; the ruled-out variants. */
    private static final class Glossary {
        final Map<String, Map<String, List<String>>> terms = new TreeMap<>();
        final Set<String> checkedInText = new LinkedHashSet<>();
        final List<Variant> variants = new ArrayList<>();

        static Glossary read() throws IOException {
            Glossary glossary = new Glossary();
            String section = "";
            String table = "";
            for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                    table = "";
                } else if (line.startsWith("| English | 简体中文 |")) {
                    table = "terms";
                } else if (line.startsWith("| English | Language |")) {
                    table = "variants";
                } else if (line.startsWith("|---") || (!line.startsWith("|") && !table.isEmpty())) {
                    if (!line.startsWith("|")) {
                        table = "";
                    }
                } else if (line.startsWith("|") && table.equals("terms")) {
                    glossary.addTerm(cells(line));
                } else if (line.startsWith("|") && table.equals("variants")) {
                    List<String> cells = cells(line);
                    String not = cells.get(2);
                    Pattern pattern = not.length() > 2 && not.startsWith("/") && not.endsWith("/")
                            ? Pattern.compile(not.substring(1, not.length() - 1))
                            : Pattern.compile(Pattern.quote(not));
                    glossary.variants.add(new Variant(cells.get(0), cells.get(1), not, cells.get(3), pattern));
                } else if (section.equals("Checked in every text") && line.startsWith("- ")) {
                    glossary.checkedInText.add(line.substring(2).strip().toLowerCase(Locale.ROOT));
                }
            }
            assertTrue(glossary.terms.size() > 80, "docs/glossary.md has only " + glossary.terms.size() + " terms");
            return glossary;
        }

        /** A row: English, Chinese, Thai, Vietnamese; "a / b" parts pair up when the English has as many parts. */
        private void addTerm(List<String> cells) {
            List<String> english = split(BRACKETS.matcher(cells.get(0)).replaceAll(""));
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            List<String> codes = List.copyOf(LANGUAGES.keySet());
            for (int l = 0; l < codes.size(); l++) {
                byLanguage.put(
                        codes.get(l), split(BRACKETS.matcher(cells.get(l + 1)).replaceAll("")));
            }
            for (int e = 0; e < english.size(); e++) {
                Map<String, List<String>> forms = terms.computeIfAbsent(english.get(e), k -> new LinkedHashMap<>());
                for (Map.Entry<String, List<String>> language : byLanguage.entrySet()) {
                    List<String> all = language.getValue();
                    List<String> mine = all.size() == english.size() && english.size() > 1 ? List.of(all.get(e)) : all;
                    forms.computeIfAbsent(language.getKey(), k -> new ArrayList<>())
                            .addAll(mine);
                }
            }
        }

        private static List<String> split(String cell) {
            List<String> parts = new ArrayList<>();
            for (String part : cell.split(" / |、|, ")) {
                if (!part.isBlank()) {
                    parts.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
            return parts;
        }

        private static List<String> cells(String line) {
            String inner = line.strip().substring(1, line.strip().length() - 1);
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("\\|")) {
                cells.add(cell.strip());
            }
            return cells;
        }
    }

    /** Every text of one language, all bundles merged: key → text. */
    private static Map<String, String> bundle(String suffix) {
        return Bundles.merged(suffix);
    }
}
