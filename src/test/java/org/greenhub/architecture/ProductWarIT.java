package org.greenhub.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.greenhub.demo.DemoArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR that {@code ./mvnw package} builds, the one operators deploy, holds no demo code: the demo data set (with
 * its published password) is development tooling that only the run command and the demo's tests add. An *IT so that
 * failsafe runs it in {@code verify}, after the WAR is packaged (surefire runs before).
 */
class ProductWarIT {

    /** The demo package, or a demo loader moved elsewhere. */
    private static final Pattern DEMO_CLASS =
            Pattern.compile("WEB-INF/classes/(org/greenhub/demo/.*|.*/Demo[A-Z][^/]*\\.class)");

    private static final Path PRODUCT_WAR = Path.of(System.getProperty("greenhub.test.war", "target/greenhub.war"));

    @Test
    void theProductWarHasGreenHubsClassesAndNoDemoClass() throws IOException {
        assertTrue(Files.isRegularFile(PRODUCT_WAR), "package the WAR first: " + PRODUCT_WAR);
        try (ZipFile war = new ZipFile(PRODUCT_WAR.toFile())) {
            assertTrue(
                    war.stream().anyMatch(e -> e.getName().startsWith("WEB-INF/classes/org/greenhub/platform/")),
                    "the WAR holds GreenHub's classes");
        }
        assertEquals(List.of(), demoEntries(PRODUCT_WAR), "demo code in the product WAR");
    }

    @Test
    void theCheckFindsTheDemoInTheRunCommandsWar(@TempDir Path temp) throws IOException {
        Path withDemo = DemoArchive.warWithDemo(PRODUCT_WAR, temp.resolve("greenhub-with-demo.war"));
        List<String> found = demoEntries(withDemo);
        assertFalse(found.isEmpty(), "the run command's WAR has the demo");
        assertTrue(found.contains("WEB-INF/classes/org/greenhub/demo/DemoData.class"), found.toString());
    }

    private static List<String> demoEntries(Path war) throws IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            return zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> DEMO_CLASS.matcher(name).matches())
                    .sorted()
                    .toList();
        }
    }
}
