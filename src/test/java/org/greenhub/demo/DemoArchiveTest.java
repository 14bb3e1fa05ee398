package org.greenhub.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The run command's WAR holds every demo loader. The test deployment has the whole test tree, so a loader forgotten
 * here passes every in-server test while {@code ./mvnw -Prun package} fails to deploy on an unsatisfied injection (it
 * happened once, in session 7, for seven loaders).
 */
class DemoArchiveTest {

    @Test
    void everyDemoLoaderIsInTheRunCommandsArchive() throws IOException {
        List<String> loaders;
        try (Stream<Path> files = Files.list(Path.of("src/test/java/org/greenhub/demo"))) {
            loaders = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .filter(name -> !name.endsWith("IT") && !name.endsWith("Test") && !name.equals("DemoArchive"))
                    .toList();
        }
        assertTrue(loaders.contains("DemoData"), "the demo's own sources are where this test looks: " + loaders);
        WebArchive war = DemoArchive.addTo(ShrinkWrap.create(WebArchive.class, "greenhub.war"));
        for (String loader : loaders) {
            String entry = "/WEB-INF/classes/org/greenhub/demo/" + loader + ".class";
            assertTrue(
                    war.contains(entry),
                    loader + " is missing from DemoArchive.addTo: the run command would not deploy");
        }
    }
}
