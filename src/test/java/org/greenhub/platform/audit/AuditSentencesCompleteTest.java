package org.greenhub.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every audit event the code records reads as a sentence in the four languages: the test finds the actions, record
 * types and state fields in the sources (the calls of {@code audit.record} and {@code recordSeparately}, and the
 * {@code snapshot()}/{@code state()} maps they store), and asks each bundle for their sentence and names.
 */
class AuditSentencesCompleteTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final List<String> LANGUAGES = List.of("", "_zh_CN", "_th", "_vi");

    private static final Pattern CALL =
            Pattern.compile("\\baudit\\w*\\s*\\.\\s*record(?:Separately)?\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)+)\"");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]+|[a-z]+(?:\\.[a-z]+)+");
    private static final Pattern STATE_METHOD = Pattern.compile("\\b(?:snapshot|state)\\(\\)\\s*\\{");
    private static final Pattern FIELD = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9]*)\"\\s*,");

    /**
     * Actions built at run time ("PREFIX" + a value): each prefix with the values it can take. A new prefix in the
     * code fails the test until it is listed here, with its sentences in the bundles.
     */
    private static final Map<String, List<String>> BUILT_ACTIONS = Map.of(
            // AwardService: "AWARD_" + AwardChangeKind
            "AWARD_", List.of("REVISED", "REVOKED"),
            // IntakeDecisions: "INTAKE_DECISION_" + Decision
            "INTAKE_DECISION_", List.of("ADMIT", "WAIT_LIST", "REJECT"),
            // RenewalJob: "ALLIANCE_MEMBERSHIP_" + the status Membership.expireIfDue moves to
            "ALLIANCE_MEMBERSHIP_", List.of("GRACE", "LAPSED", "LEFT"),
            // ListingDecisions: "RESERVE_PROJECT_" + the decision
            "RESERVE_PROJECT_", List.of("LISTED", "RETURNED", "REJECTED", "RENEWED"));

    @Test
    void everyActionHasItsSentenceWithWhoAndWhichRecordInTheFourLanguages() throws IOException {
        Found found = scan();
        assertTrue(
                found.actions.size() >= 150,
                "found only " + found.actions.size() + " actions: does the scan still find audit.record?");
        assertEquals(
                BUILT_ACTIONS.keySet(),
                found.builtPrefixes,
                "actions built at run time: list each prefix's values in BUILT_ACTIONS");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> bundle = bundle(language);
            for (String action : found.actions) {
                String sentence = bundle.get("audit.event." + action);
                if (sentence == null) {
                    problems.add("audit" + language + ": no sentence audit.event." + action);
                } else if (!sentence.contains("{1}")) {
                    problems.add("audit" + language + ": audit.event." + action + " does not name the record {1}: "
                            + sentence);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRecordTypeAndStoredFieldHasItsNameInTheFourLanguages() throws IOException {
        Found found = scan();
        assertTrue(
                found.types.size() >= 20 && found.fields.size() >= 150,
                "the scan found " + found.types.size() + " types and " + found.fields.size() + " fields");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> bundle = bundle(language);
            found.types.stream()
                    .filter(type -> !bundle.containsKey("audit.entity." + type))
                    .forEach(type -> problems.add("audit" + language + ": no audit.entity." + type));
            found.fields.stream()
                    .filter(field -> !bundle.containsKey("audit.field." + field))
                    .forEach(field -> problems.add("audit" + language + ": no audit.field." + field));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noSentenceOrNameIsLeftInEnglishOrAsACode() throws IOException {
        Map<String, String> english = bundle("");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES.subList(1, 4)) {
            Map<String, String> bundle = bundle(language);
            for (Map.Entry<String, String> text : bundle.entrySet()) {
                String value = text.getValue();
                boolean wordsOnly = value.replaceAll("\\{\\d}|#|GreenHub|SHA-256|m²|\\p{Punct}|[“”’→（）：\\s]", "")
                        .isEmpty();
                if (!wordsOnly && value.equals(english.get(text.getKey()))) {
                    problems.add("audit" + language + ": " + text.getKey() + " is the English text: " + value);
                }
                if (value.matches(".*\\b[A-Z]{2,}_[A-Z_]+\\b.*")) {
                    problems.add("audit" + language + ": " + text.getKey() + " shows a code: " + value);
                }
            }
            assertEquals(english.keySet(), bundle.keySet(), "audit" + language + " has the English bundle's keys");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------- reading the sources

    private record Found(Set<String> actions, Set<String> builtPrefixes, Set<String> types, Set<String> fields) {}

    private static Found scan() throws IOException {
        Found found = new Found(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scan(Files.readString(file, StandardCharsets.UTF_8), found);
            }
        }
        return found;
    }

    private static void scan(String source, Found found) {
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            List<String> args = arguments(source, call.end());
            String first = args.get(0).strip();
            if (args.size() > 1) {
                literals(args.get(1)).forEach(found.types::add);
            }
            for (int i = 3; i < Math.min(args.size(), 5); i++) {
                fields(args.get(i), found.fields);
            }
            Matcher built = Pattern.compile("^\"([A-Z_]+_)\"\\s*\\+").matcher(first);
            if (built.find()) {
                found.builtPrefixes.add(built.group(1));
                BUILT_ACTIONS
                        .getOrDefault(built.group(1), List.of())
                        .forEach(value -> found.actions.add(built.group(1) + value));
                continue;
            }
            List<String> actions = literals(first);
            if (actions.isEmpty()) {
                actions = resolve(source, first, call.start());
            }
            assertTrue(!actions.isEmpty(), "cannot tell the action of audit.record(" + first + ", …)");
            found.actions.addAll(actions);
        }
        Matcher state = STATE_METHOD.matcher(source);
        while (state.find()) {
            arguments(source, state.end()).forEach(body -> fields(body, found.fields));
        }
    }

    /** A constant of the same file, or a parameter: then the actions its method's callers pass. */
    private static List<String> resolve(String source, String expression, int at) {
        if (expression.matches("[A-Z_]+")) {
            Matcher constant = Pattern.compile(Pattern.quote(expression) + "\\s*=\\s*\"([^\"]+)\"")
                    .matcher(source);
            return constant.find() ? List.of(constant.group(1)) : List.of();
        }
        Matcher declaration = Pattern.compile("\\s(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws [\\w., ]+)?\\{")
                .matcher(source.substring(0, at));
        String method = null;
        while (declaration.find()) {
            if (Pattern.compile("\\b" + Pattern.quote(expression) + "\\b")
                    .matcher(declaration.group(2))
                    .find()) {
                method = declaration.group(1);
            }
        }
        List<String> actions = new ArrayList<>();
        if (method != null) {
            Matcher use = Pattern.compile("\\b" + method + "\\s*\\(").matcher(source);
            while (use.find()) {
                for (String argument : arguments(source, use.end())) {
                    literals(argument).stream()
                            .filter(l -> ACTION.matcher(l).matches())
                            .forEach(actions::add);
                }
            }
        }
        return actions;
    }

    /** The top-level arguments of a call (or the statements of a body) from just after its opening bracket. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
                current.append(c);
            } else if (")]}".indexOf(c) >= 0) {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        arguments.add(current.toString());
        return arguments;
    }

    private static List<String> literals(String text) {
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        return literals;
    }

    private static void fields(String text, Set<String> fields) {
        Matcher field = FIELD.matcher(text);
        while (field.find()) {
            fields.add(field.group(1));
        }
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
