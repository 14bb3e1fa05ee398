package org.greenhub.platform.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail shows a recorded state's enum values as words ({@code audit.value.<NAME>}), in every programme:
 * the test finds each entity's {@code snapshot()}/{@code state()} map in the sources, the enum field behind each of its
 * keys (by reflection on the compiled class), and asks the four audit bundles for a word for every value of that
 * enum. A new audited enum, or a new value of one, fails here until it is named in the four languages.
 */
class AuditedValuesTranslatedTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final List<String> LANGUAGES = List.of("", "_zh_CN", "_th", "_vi");

    private static final Pattern STATE_METHOD = Pattern.compile("\\b(?:snapshot|state)\\(\\)\\s*\\{");
    /** {@code put("key", field)}, {@code "key", this.field}, {@code "key", field.name()}: a stored key and the field it reads. */
    private static final Pattern PAIR =
            Pattern.compile("\"([a-zA-Z][a-zA-Z0-9]*)\"\\s*,\\s*(?:this\\.)?([a-zA-Z_][a-zA-Z0-9_]*)\\b(?!\\s*\\()");

    @Test
    void everyValueOfEveryAuditedEnumIsAWordInTheFourLanguages() throws Exception {
        Map<String, Class<?>> audited = auditedEnums();
        // the alliance's, the programmes' and the engine's states at least: if the scan finds fewer, it is broken
        assertTrue(audited.size() >= 8, "found only these audited enums: " + audited);
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> bundle = bundle(language);
            for (Map.Entry<String, Class<?>> found : audited.entrySet()) {
                for (Object constant : found.getValue().getEnumConstants()) {
                    String name = ((Enum<?>) constant).name();
                    if (!bundle.containsKey("audit.value." + name)) {
                        problems.add("audit" + language + ": no audit.value." + name + " (" + found.getKey() + ", "
                                + found.getValue().getName() + ")");
                    }
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                problems.size() + " values shown as codes:\n" + String.join("\n", new TreeSet<>(problems)));
    }

    /** "Class.field" → the enum type of every stored field that holds an enum (or a collection of one). */
    private static Map<String, Class<?>> auditedEnums() throws IOException, ClassNotFoundException {
        Map<String, Class<?>> found = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher method = STATE_METHOD.matcher(source);
            if (!method.find()) {
                continue;
            }
            String className = SOURCES.relativize(file)
                    .toString()
                    .replace(".java", "")
                    .replace('/', '.')
                    .replace('\\', '.');
            Class<?> type = Class.forName(className, false, AuditedValuesTranslatedTest.class.getClassLoader());
            do {
                Matcher pair = PAIR.matcher(body(source, method.end()));
                while (pair.find()) {
                    Class<?> enumType = enumOf(field(type, pair.group(2)));
                    if (enumType != null) {
                        found.put(type.getSimpleName() + "." + pair.group(1), enumType);
                    }
                }
            } while (method.find());
        }
        return found;
    }

    private static String body(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> enumOf(Field field) {
        if (field == null) {
            return null;
        }
        if (field.getType().isEnum()) {
            return field.getType();
        }
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && java.util.Collection.class.isAssignableFrom(field.getType())) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (element instanceof Class<?> c && c.isEnum()) {
                return c;
            }
        }
        return null;
    }

    private static Map<String, String> bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(BUNDLES.resolve("audit" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> bundle = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
        return bundle;
    }
}
