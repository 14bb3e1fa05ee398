package org.greenhub.testsupport.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core's WCAG 2.2 AA rules on the page a browser shows. {@link Browser} asks it once for each distinct page (path
 * and language) a test visits: a <em>serious</em> or <em>critical</em> violation fails the test, with the rule, its
 * help and the elements it found; <em>moderate</em> and <em>minor</em> ones are counted, and the run's tally is
 * printed once when the test JVM ends (and kept in target/accessibility/minor.txt).
 * <p>
 * {@code -Dgreenhub.test.axe=false} turns the checks off (to measure what they cost; not for hiding a violation).
 */
public final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the issue asks GreenHub's pages to meet. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * axe-core itself, as the axe-core Selenium artefact ships it. It is injected and run directly rather than through
     * that artefact's AxeBuilder, which opens a second window for each page: several times slower, and it lost its
     * window now and then on a loaded machine.
     */
    private static final String AXE_SCRIPT = axeScript();

    /** Runs the rules on the whole page (no frames: see below) and answers only the violations, trimmed. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations'], iframes: false})
                .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html,
                        failureSummary: n.failureSummary}))}))))
                .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', nodes: [{target: 'html', html: ''}]}]));
            """
            // The only frames are the judge's previews of an applicant's own PDF or picture, sandboxed without
            // scripts: axe cannot run in them, and they are not GreenHub's pages.
            .formatted(TAGS.stream().map(tag -> "'" + tag + "'").toList());

    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** Elements shown per rule in a failure message; more are counted. */
    private static final int SHOWN_ELEMENTS = 5;

    private static final int SHOWN_HTML = 220;

    /** The run's moderate and minor findings: "rule (impact): help" to the pages it was met on. */
    private static final Map<String, Set<String>> MINOR = new TreeMap<>();

    private static final AtomicInteger PAGES = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Accessibility::printTally, "axe-tally"));
    }

    private Accessibility() {}

    private static String axeScript() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is missing: the axe-core Selenium artefact is a test dependency");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean enabled() {
        return !"false".equals(System.getProperty("greenhub.test.axe"));
    }

    /**
     * Runs the rules on the current page and answers its serious and critical violations, one readable paragraph
     * each (empty when there are none).
     *
     * @param where the page as a reader would name it, e.g. "zone/home.xhtml (th)"
     */
    public static List<String> check(WebDriver driver, String where) {
        long start = System.nanoTime();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<?> violations;
        try {
            js.executeScript(AXE_SCRIPT);
            violations = (List<?>) js.executeAsyncScript(RUN);
        } catch (WebDriverException e) {
            return List.of(where + ": axe-core could not analyse the page: "
                    + e.getMessage().lines().findFirst().orElse(""));
        } finally {
            NANOS.addAndGet(System.nanoTime() - start);
            PAGES.incrementAndGet();
        }
        List<String> failures = new ArrayList<>();
        for (Object each : violations) {
            Map<?, ?> rule = (Map<?, ?>) each;
            String id = String.valueOf(rule.get("id"));
            String impact = String.valueOf(rule.get("impact"));
            List<Map<?, ?>> nodes = ((List<?>) rule.get("nodes"))
                    .stream()
                            .<Map<?, ?>>map(node -> (Map<?, ?>) node)
                            .filter(node -> !KnownExceptions.applies(id, String.valueOf(node.get("html"))))
                            .toList();
            if (nodes.isEmpty()) {
                continue;
            }
            if (FAILING.contains(impact)) {
                failures.add(describe(where, rule, nodes));
            } else {
                synchronized (MINOR) {
                    MINOR.computeIfAbsent(id + " (" + impact + "): " + rule.get("help"), key -> new TreeSet<>())
                            .add(where);
                }
            }
        }
        return failures;
    }

    private static String describe(String where, Map<?, ?> rule, List<Map<?, ?>> nodes) {
        StringBuilder text = new StringBuilder()
                .append(where)
                .append(": ")
                .append(rule.get("id"))
                .append(" (")
                .append(rule.get("impact"))
                .append(") ")
                .append(rule.get("help"))
                .append(" <")
                .append(String.valueOf(rule.get("helpUrl")).replaceFirst("\\?.*$", ""))
                .append(">, ")
                .append(nodes.size())
                .append(nodes.size() == 1 ? " element:" : " elements:");
        for (Map<?, ?> node : nodes.subList(0, Math.min(nodes.size(), SHOWN_ELEMENTS))) {
            text.append("\n    ")
                    .append(node.get("target"))
                    .append("  ")
                    .append(shorten(String.valueOf(node.get("html"))));
            Object summary = node.get("failureSummary");
            if (summary != null) {
                text.append("\n      ").append(String.valueOf(summary).replaceAll("\\s+", " "));
            }
        }
        if (nodes.size() > SHOWN_ELEMENTS) {
            text.append("\n    … and ").append(nodes.size() - SHOWN_ELEMENTS).append(" more");
        }
        return text.toString();
    }

    private static String shorten(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_HTML ? oneLine : oneLine.substring(0, SHOWN_HTML) + "…";
    }

    private static void printTally() {
        if (PAGES.get() == 0) {
            return;
        }
        StringBuilder tally = new StringBuilder()
                .append("axe-core analysed ")
                .append(PAGES.get())
                .append(" page(s) in ")
                .append(NANOS.get() / 1_000_000_000.0)
                .append(" s; moderate and minor findings (not failing): ")
                .append(MINOR.isEmpty() ? "none" : "")
                .append('\n');
        synchronized (MINOR) {
            MINOR.forEach((rule, pages) ->
                    tally.append("  ").append(rule).append(" on ").append(pages).append('\n'));
        }
        System.out.print(tally);
        try {
            Path file = Path.of("target", "accessibility", "minor.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, tally, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep axe-core's tally: " + e);
        }
    }

    /**
     * Violations that cannot be mended in GreenHub's pages, each narrowed to one rule and the elements it concerns,
     * with the reason. Empty is the goal.
     */
    private static final class KnownExceptions {

        /**
         * PrimeFaces 15 writes aria-hidden="true" on the native input of every simple-mode p:fileUpload (its
         * renderer's encodeSimpleInputField), skinned or not, and offers no attribute to leave it out: the field keeps
         * its label and stays reachable by keyboard. Narrowed to that rule on a file input; to be mended in the
         * renderer (see the report of branch a11y/axe).
         *
         * <p>Swagger UI (/api/docs, a third-party widget) draws each operation's summary as a button that holds the
         * copy-path button; its markup is its own, and both buttons stay reachable and named. Narrowed to that rule on
         * that one element class.
         */
        static boolean applies(String rule, String html) {
            return (rule.equals("aria-hidden-focus") && html.startsWith("<input type=\"file\""))
                    || (rule.equals("nested-interactive") && html.contains("class=\"opblock-summary-control\""));
        }
    }
}
