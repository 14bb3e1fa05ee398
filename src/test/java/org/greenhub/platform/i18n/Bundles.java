package org.greenhub.platform.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Reads the bundles in {@code src/main/resources/i18n} for the bundle tests: as files, and merged per language. */
final class Bundles {

    static final Path DIRECTORY = Path.of("src/main/resources/i18n");

    private static final Map<String, Map<String, String>> MERGED = new ConcurrentHashMap<>();

    private Bundles() {}

    /** The English (base) file of every bundle, e.g. {@code account.properties}. */
    static List<Path> baseFiles() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a bundle in a language: {@code account.properties} with {@code "_th"} is {@code account_th.properties}. */
    static Path inLanguage(Path baseFile, String suffix) {
        return baseFile.resolveSibling(
                baseFile.getFileName().toString().replace(".properties", suffix + ".properties"));
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Every text of one language, all bundles merged: key → text (read once per run). */
    static Map<String, String> merged(String suffix) {
        return MERGED.computeIfAbsent(suffix, s -> {
            Map<String, String> texts = new TreeMap<>();
            for (Path base : baseFiles()) {
                Path file = inLanguage(base, s);
                if (Files.exists(file)) {
                    Properties properties = load(file);
                    properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
                }
            }
            return texts;
        });
    }
}
