package org.greenhub.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * PrimeFaces' own texts (what TranslationCompletenessTest could not see, because they came from the library): its
 * paginator, sorting and date picker texts reach it from our bundle, placeholders such as {page} survive translation,
 * and its server-side table texts are in our Faces bundle in every language.
 */
class LibraryTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path INCLUDE = Path.of("src/main/webapp/WEB-INF/includes/library-texts.xhtml");
    private static final List<String> LANGUAGES = List.of("", "_zh_CN", "_th", "_vi");
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern DATA_ATTRIBUTE =
            Pattern.compile("data-(aria|label)-([a-z-]+)=\"#\\{msg\\['(platform\\.library\\.[A-Za-z.]+)'\\]}\"");
    /** What PrimeFaces' paginator, sort headers and date picker read; each must come from us, not its locale file. */
    private static final Set<String> PAGINATOR_SORT_DATE = Set.of(
            "aria.pageLabel",
            "aria.firstPageLabel",
            "aria.prevPageLabel",
            "aria.nextPageLabel",
            "aria.lastPageLabel",
            "aria.rowsPerPageLabel",
            "aria.navigation",
            "aria.jumpToPageDropdownLabel",
            "aria.jumpToPageInputLabel",
            "aria.sortAsc",
            "aria.sortDesc",
            "aria.sortNone",
            "label.chooseDate",
            "label.prevMonth",
            "label.nextMonth",
            "label.today",
            "label.clear");

    @Test
    void everyLibraryTextIsHandedToPrimeFacesUnderItsOwnName() throws IOException {
        Set<String> keys =
                new TreeSet<>(load(BUNDLES.resolve("platform.properties")).stringPropertyNames());
        keys.removeIf(key -> !key.startsWith("platform.library."));
        Set<String> handed = new TreeSet<>();
        Matcher attribute = DATA_ATTRIBUTE.matcher(Files.readString(INCLUDE));
        List<String> problems = new ArrayList<>();
        while (attribute.find()) {
            String key = attribute.group(3);
            String expected = "platform.library." + attribute.group(1) + "." + camel(attribute.group(2));
            if (!key.equals(expected)) {
                problems.add("data-" + attribute.group(1) + "-" + attribute.group(2) + " carries " + key + ", expected "
                        + expected);
            }
            handed.add(key);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(keys, handed, "every platform.library.* text, and only those, goes into " + INCLUDE);
        for (String text : PAGINATOR_SORT_DATE) {
            assertTrue(keys.contains("platform.library." + text), "PrimeFaces' " + text + " is not given in our words");
        }
    }

    @Test
    void namedPlaceholdersAreTheSameInEveryLanguage() throws IOException {
        // TranslationCompletenessTest compares {0}, {1}...; PrimeFaces' texts use names ({page}), and a translated
        // name ("Trang {trang}") is never filled in.
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Properties english = load(base);
            String name = base.getFileName().toString().replace(".properties", "");
            for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
                Path translated = base.resolveSibling(name + language + ".properties");
                if (!Files.exists(translated)) {
                    continue;
                }
                Properties other = load(translated);
                for (String key : english.stringPropertyNames()) {
                    String value = other.getProperty(key);
                    if (value != null && !named(english.getProperty(key)).equals(named(value))) {
                        problems.add(translated.getFileName() + ": " + key + " has " + named(value) + " instead of "
                                + named(english.getProperty(key)));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(
                Set.of("page"),
                named(load(BUNDLES.resolve("platform_vi.properties")).getProperty("platform.library.aria.pageLabel")));
    }

    @Test
    void primeFacesTableTextsAreInOurFacesBundleInEveryLanguage() throws IOException {
        Properties library = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/primefaces/Messages.properties")) {
            assertNotNull(in, "PrimeFaces' message bundle is on the class path");
            library.load(in);
        }
        List<String> problems = new ArrayList<>();
        for (String key : library.stringPropertyNames()) {
            if (!key.startsWith("primefaces.datatable.") && !key.startsWith("primefaces.data.")) {
                continue;
            }
            for (String language : LANGUAGES) {
                String value = load(BUNDLES.resolve("faces" + language + ".properties"))
                        .getProperty(key);
                if (value == null || value.isBlank()) {
                    problems.add("faces" + language + ".properties lacks " + key + " (PrimeFaces would show \""
                            + library.getProperty(key) + "\")");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<String> named(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAMED_PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
