package org.greenhub.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JPQL constructor expressions ({@code select new org.greenhub.….Row(…)}) name their class in a string, which the
 * compiler cannot check: a class moved to another package keeps compiling and fails only when the query runs. Every
 * such name in the sources must be a class that exists.
 */
class ConstructorExpressionsTest {

    private static final Pattern CONSTRUCTOR =
            Pattern.compile("select\\s+new\\s+(org\\.greenhub\\.[A-Za-z0-9_.$]+)\\s*\\(");

    @Test
    void everyConstructorExpressionNamesAClassThatExists() throws IOException {
        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher constructor = CONSTRUCTOR.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (constructor.find()) {
                    named.add(constructor.group(1));
                    try {
                        Class.forName(constructor.group(1), false, getClass().getClassLoader());
                    } catch (ClassNotFoundException e) {
                        missing.add(source + ": " + constructor.group(1));
                    }
                }
            }
        }
        assertTrue(named.size() > 10, "constructor expressions were found: " + named);
        assertEquals(List.of(), missing, "constructor expressions naming classes that do not exist");
    }
}
