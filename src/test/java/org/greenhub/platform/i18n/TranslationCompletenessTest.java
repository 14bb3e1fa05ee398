package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key a page or service uses exists, and no page has text typed straight into it. (That every text exists in
 * all four languages is {@link BundlesInEveryLanguageTest}.)
 */
class TranslationCompletenessTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PAGE_KEY = Pattern.compile("msg(?:\\['([^']+)'\\]|\\.format\\('([^']+)')");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:platform|account|organisation|green|evaluation|competition|award|incubation|residency|alliance|publication|zone|reserve)\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(value|headerText|title|label|itemLabel|placeholder|requiredMessage|header|message|alt|emptyMessage)=\"([^\"]*)\"");

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Properties all = new Properties();
        for (Path base : Bundles.baseFiles()) {
            all.putAll(Bundles.load(base));
        }
        Set<String> missing = new TreeSet<>();
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!all.containsKey(key)) {
                    missing.add(page + ": " + key);
                }
            }
        }
        for (Path source : files(SOURCES, ".java")) {
            Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean prefixOfKeys = all.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (!all.containsKey(key) && !prefixOfKeys) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "Keys without text:\n" + String.join("\n", missing));
    }

    @Test
    void pagesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : files(PAGES, ".xhtml")) {
            String source = Files.readString(page)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<(script|style)\\b.*?</\\1>", "")
                    // an include's parameter passes a name to the included page (a field's id), not text to read
                    .replaceAll("<ui:param\\b[^>]*/>", "");
            String withoutExpressions = EXPRESSION.matcher(source).replaceAll("");
            Matcher text = Pattern.compile(">([^<]+)<").matcher(withoutExpressions);
            while (text.find()) {
                check(page, text.group(1), problems);
            }
            Matcher attribute = TEXT_ATTRIBUTE.matcher(withoutExpressions);
            while (attribute.find()) {
                check(page, attribute.group(2), problems);
            }
        }
        assertTrue(problems.isEmpty(), "Text typed into pages (put it in a bundle):\n" + String.join("\n", problems));
    }

    private static void check(Path page, String text, List<String> problems) {
        String cleaned = text.replace("GreenHub", "").replaceAll("&[a-z]+;", "");
        if (cleaned.codePoints().anyMatch(Character::isLetter)) {
            problems.add(page + ": \"" + text.strip() + "\"");
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
