package org.greenhub.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test, driven the way a person uses GreenHub: open pages, type, click, and wait for
 * what the page shows (never for a fixed time). Register it as an instance field:
 * <pre>{@code @RegisterExtension final Browser browser = new Browser(() -> base);}</pre>
 * (as {@link BrowserTest} does for every browser test).
 * When a test fails, the page it failed on is kept as target/screenshots/&lt;TestClass&gt;-&lt;method&gt;.png and
 * .html. {@link #captureForReview(String)} keeps pages for people to look at, at desktop and phone width.
 * <p>
 * Every page runs under GreenHub's Content-Security-Policy. Whatever the policy blocked on the way (an inline script
 * without the nonce, a handler PrimeFaces did not move, a style or image from elsewhere) Chromium reports on its
 * console, and a test whose pages caused such a report fails, with the reports, even when it got through: a blocked
 * script may only have cost a feature the test did not look at. A test that provokes a report on purpose takes it
 * with {@link #policyViolations()}.
 * <p>
 * Each distinct page a test comes to (its path, language and what an Ajax update shows on it: a dialog, messages, a
 * wizard's step, a tab; once per test, to keep the suite's time) is checked with axe-core's WCAG 2.2 AA rules
 * ({@link Accessibility}) when it is opened, a click or a choice loads it, or a click's Ajax update shows it; a serious or
 * critical violation fails the test at its end, listing every page's violations. A test that looks at them itself
 * takes them with {@link #accessibilityViolations()}.
 */
public final class Browser implements AfterTestExecutionCallback, AfterEachCallback {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 390;
    private static final int WINDOW_HEIGHT = 900;
    /** Generous: the first request to each page compiles its Facelets and warms JPA. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** True when no page load, jQuery or PrimeFaces ajax request is in flight. */
    private static final String PAGE_IDLE = "return document.readyState === 'complete'"
            + " && !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
            + " && (!window.jQuery || jQuery.active === 0);";

    /**
     * What an Ajax update can show that the page as loaded did not: the open dialogs, whether messages (errors,
     * warnings, notices) are shown, the wizard's current step and the selected tabs. Empty when none of these shows.
     */
    private static final String AJAX_STATE = """
            const shown = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
            const names = selector => Array.from(document.querySelectorAll(selector)).filter(shown)
                .map(e => e.id || e.textContent.trim().slice(0, 20)).sort().join('+');
            const parts = [];
            const dialogs = names('.ui-dialog');
            if (dialogs) parts.push('dialog ' + dialogs);
            if (Array.from(document.querySelectorAll('.ui-message, .ui-messages > div, .ui-growl-item')).some(shown))
                parts.push('messages');
            const step = names('.ui-wizard-step-title.ui-state-highlight');
            if (step) parts.push('step ' + step);
            const tabs = names('.ui-tabs-header.ui-state-active');
            if (tabs) parts.push('tab ' + tabs);
            return parts.join(', ');
            """;

    /**
     * No animation or CSS transition running, endless ones (a spinner) aside: a dialog fading in, or the button just
     * clicked changing colour for its hover and focus states, would show axe a colour half-way and a contrast too low.
     */
    private static final String NOTHING_MOVING = """
            return (!window.jQuery || jQuery(':animated').length === 0)
                && document.getAnimations().every(a => a.playState !== 'running'
                    || a.effect.getComputedTiming().iterations === Infinity);
            """;

    private final Supplier<URL> base;
    private WebDriver driver;
    private String testName = "unnamed";
    /** The pages axe-core has looked at in this test, as "path lang". */
    private final Set<String> analysedPages = new HashSet<>();
    /** Serious and critical violations met since the last look. */
    private final List<String> accessibilityViolations = new ArrayList<>();

    public Browser(Supplier<URL> base) {
        this.base = base;
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    public WebDriver driver() {
        if (driver == null) {
            driver = startChromium();
        }
        return driver;
    }

    private static WebDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + DESKTOP_WIDTH + "," + WINDOW_HEIGHT,
                // Pages follow Accept-Language before anything is chosen: make the starting language English
                // whatever the machine's locale is.
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // Keep the console, where Chromium reports what the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // The driver is given explicitly, so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(DESKTOP_WIDTH, WINDOW_HEIGHT));
        chrome.manage().timeouts().pageLoadTimeout(TIMEOUT);
        // axe-core's analysis (Accessibility) is an asynchronous script; on a busy machine it takes longer than the
        // default 30 s on the longest pages.
        chrome.manage().timeouts().scriptTimeout(TIMEOUT.multipliedBy(3));
        return chrome;
    }

    /** Closes this browser and starts a new one: no cookies, no session, as another person on another computer. */
    public void startFreshSession() {
        quit();
        driver();
    }

    private void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
            }
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        testName = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        if (driver == null) {
            return;
        }
        List<String> violations = context.getExecutionException().isPresent() ? List.of() : policyViolations();
        List<String> inaccessible = context.getExecutionException().isPresent() ? List.of() : accessibilityViolations();
        if (context.getExecutionException().isPresent() || !violations.isEmpty()) {
            keepEvidence(screenshotDirectory().resolve(testName));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser reported " + violations.size() + " Content-Security-Policy or"
                    + " Permissions-Policy problem(s) on the pages of this test:\n" + String.join("\n", violations));
        }
        if (!inaccessible.isEmpty()) {
            throw new AssertionError("axe-core found " + inaccessible.size() + " serious or critical accessibility"
                    + " violation(s) (WCAG 2.2 AA) on the pages of this test:\n" + String.join("\n", inaccessible));
        }
    }

    // ---- accessibility --------------------------------------------------------------------------------------

    /**
     * The serious and critical axe-core violations of the pages this test came to since the last look, one paragraph
     * per rule and page; reading them takes them away, so a test that reports them itself is not failed twice.
     */
    public List<String> accessibilityViolations() {
        List<String> taken = List.copyOf(accessibilityViolations);
        accessibilityViolations.clear();
        return taken;
    }

    /**
     * Checks the page the browser shows now, unless this test checked it already in the same language and the same
     * state: an Ajax update that opens a dialog, shows messages beside fields, or moves a wizard or tabs on is a new
     * state, and is checked too (once per test, to keep the suite's time).
     */
    private void checkAccessibility() {
        if (!Accessibility.enabled()) {
            return;
        }
        Object html = ((JavascriptExecutor) driver())
                .executeScript("return document.contentType === 'text/html' && !!document.documentElement;");
        if (!Boolean.TRUE.equals(html)) {
            return;
        }
        String page = currentPage();
        String language = pageLanguage();
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(NOTHING_MOVING)));
        String state = String.valueOf(((JavascriptExecutor) driver()).executeScript(AJAX_STATE));
        if (analysedPages.add(page + " " + language + " " + state)) {
            String query = currentQuery();
            accessibilityViolations.addAll(Accessibility.check(
                    driver(),
                    page + (query.isEmpty() ? "" : "?" + query) + " (" + language + ")"
                            + (state.isEmpty() ? "" : ", showing " + state)));
        }
    }

    // ---- the console --------------------------------------------------------------------------------------------

    /** What Chromium reported on the console since the last look, as "LEVEL message" lines; Chromium then forgets it. */
    private List<String> console() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
            lines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return lines;
    }

    /**
     * What the Content-Security-Policy blocked, or what Chromium found wrong in the Permissions-Policy, since the
     * last look at the console. Reading them takes them away, so a test that expects one is not failed for it.
     */
    public List<String> policyViolations() {
        return console().stream()
                .filter(line -> line.contains("Content Security Policy")
                        || line.contains("Content-Security-Policy")
                        || line.contains("Permissions-Policy")
                        || line.contains("Permissions Policy"))
                .toList();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        analysedPages.clear();
        accessibilityViolations.clear();
        quit();
    }

    // ---- navigation -----------------------------------------------------------------------------------------

    /** The address of a page of the deployment under test, e.g. {@code "account/signin.xhtml"}. */
    public String url(String path) {
        String root = base.get().toString();
        root = root.endsWith("/") ? root : root + "/";
        return URI.create(root)
                .resolve(path.startsWith("/") ? path.substring(1) : path)
                .toString();
    }

    public void open(String path) {
        driver().get(url(path));
        waitUntilIdle();
        checkAccessibility();
    }

    /** The path of the current page below the deployment's root, without the query: {@code "dashboard/admin.xhtml"}. */
    public String currentPage() {
        String root = URI.create(url("")).getPath();
        String path = URI.create(driver().getCurrentUrl()).getPath();
        if (path == null) {
            return "";
        }
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    public String currentQuery() {
        String query = URI.create(driver().getCurrentUrl()).getRawQuery();
        return query == null ? "" : query;
    }

    /** The language the page declares on its {@code <html lang>}. */
    public String pageLanguage() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    // ---- waiting --------------------------------------------------------------------------------------------

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), TIMEOUT).until(condition);
    }

    /**
     * The old page's root element is gone. Like Selenium's stalenessOf, but Chromium may also answer "node does not
     * belong to the document" while it swaps documents: that means gone too.
     */
    private static ExpectedCondition<Boolean> gone(WebElement oldPage) {
        return d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException swappedOrStale) {
                return true;
            }
        };
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request queued or running. */
    public void waitUntilIdle() {
        waitFor(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver d) {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(PAGE_IDLE));
            }

            @Override
            public String toString() {
                // Said at a timeout: where the browser is tells at once whether it ended on a container error page.
                return "the page to be loaded with PrimeFaces present and its ajax queue empty (the browser is at "
                        + driver.getCurrentUrl() + ", titled \"" + driver.getTitle() + "\")";
            }
        });
    }

    public WebElement visible(By locator) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page shows the element with this id (ids with ':' need no escaping here). */
    public WebElement visibleId(String id) {
        return visible(By.id(id));
    }

    public boolean isPresent(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    // ---- acting ---------------------------------------------------------------------------------------------

    public void type(String id, String text) {
        WebElement field = visibleId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that answers with ajax (or nothing) and waits until PrimeFaces is done. */
    public void click(By locator) {
        waitFor(ExpectedConditions.elementToBeClickable(locator)).click();
        waitUntilIdle();
        checkAccessibility();
    }

    public void clickId(String id) {
        click(By.id(id));
    }

    /**
     * Clicks something that loads a new page (a non-ajax submit, a link, a redirect) and waits until the old page
     * is gone and the new one is idle; otherwise the next step could still be looking at the old page.
     */
    public void clickAndWaitForNewPage(By locator) {
        WebElement oldPage = driver().findElement(By.tagName("html"));
        waitFor(ExpectedConditions.elementToBeClickable(locator)).click();
        waitFor(gone(oldPage));
        waitUntilIdle();
        checkAccessibility();
    }

    public void clickIdAndWaitForNewPage(String id) {
        clickAndWaitForNewPage(By.id(id));
    }

    /** Chooses an option of a plain {@code <select>} whose change loads a new page (the header's language menu). */
    public void selectAndWaitForNewPage(String selectId, String visibleText) {
        WebElement oldPage = driver().findElement(By.tagName("html"));
        new Select(visibleId(selectId)).selectByVisibleText(visibleText);
        waitFor(gone(oldPage));
        waitUntilIdle();
        checkAccessibility();
    }

    /**
     * Chooses in a PrimeFaces menu by its label. The menu shows the choice once PrimeFaces took it. A click while its
     * panel is still opening, or an update landing in between, can lose the choice: then open the menu and choose
     * again (a few times at most).
     */
    public void chooseInMenu(String id, String label) {
        for (int attempt = 1; ; attempt++) {
            waitUntilIdle();
            clickId(id);
            waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            try {
                click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
            } catch (ElementNotInteractableException | StaleElementReferenceException closedMeanwhile) {
                // The panel closed (or was re-rendered) between the wait and the click: the item had zero size.
                // Nothing was chosen; the check below sees that and opens the menu again.
            }
            waitUntilIdle();
            boolean taken = driver().findElement(By.id(id + "_label")).getText().contains(label);
            if (taken || attempt == 3) {
                Assertions.assertTrue(taken, "the menu " + id + " did not take " + label);
                return;
            }
        }
    }

    /**
     * Follows a link of the header's menu (ids like {@code navUsers}) as a person would: on a phone the menu button
     * first, then the link's group (each role's links sit behind their group's button), then the link.
     */
    public void clickMenuLinkAndWaitForNewPage(String linkId) {
        WebElement link = driver().findElement(By.id(linkId));
        if (!link.isDisplayed()) {
            WebElement menuButton = driver().findElement(By.id("menuButton"));
            if (menuButton.isDisplayed() && !"true".equals(menuButton.getAttribute("aria-expanded"))) {
                menuButton.click();
            }
            WebElement group = link.findElement(By.xpath("ancestor::li[contains(@class,'gh-group')]/button"));
            if (!"true".equals(group.getAttribute("aria-expanded"))) {
                waitFor(ExpectedConditions.elementToBeClickable(group)).click();
            }
        }
        clickIdAndWaitForNewPage(linkId);
    }

    /** Makes the window this wide (e.g. {@link #PHONE_WIDTH}) and waits until the page has followed. */
    public void useWidth(int width) {
        resize(width, WINDOW_HEIGHT);
    }

    // ---- pictures -------------------------------------------------------------------------------------------

    private static Path screenshotDirectory() {
        return Path.of(System.getProperty("greenhub.test.screenshots", "target/screenshots"));
    }

    private static Path reviewDirectory() {
        return screenshotDirectory().resolve("review");
    }

    /**
     * Keeps the current page, whole length, at desktop and at phone width, as
     * target/screenshots/review/&lt;TestClass&gt;-&lt;step&gt;-1280.png and -390.png, then restores the desktop window.
     *
     * @return the files written
     */
    public List<Path> captureForReview(String step) {
        String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(type -> type != Browser.class)
                        .findFirst()
                        .orElseThrow()
                        .getSimpleName());
        try {
            Path desktop = captureWholePage(
                    DESKTOP_WIDTH, reviewDirectory().resolve(caller + "-" + step + "-" + DESKTOP_WIDTH + ".png"));
            Path phone = captureWholePage(
                    PHONE_WIDTH, reviewDirectory().resolve(caller + "-" + step + "-" + PHONE_WIDTH + ".png"));
            return List.of(desktop, phone);
        } finally {
            resize(DESKTOP_WIDTH, WINDOW_HEIGHT);
        }
    }

    private Path captureWholePage(int width, Path file) {
        resize(width, WINDOW_HEIGHT);
        // A plain WebDriver screenshot shows only the window; ask Chromium (as its "full page" capture does) for
        // the whole laid-out page at this width, so reviewers see everything below the first screen too.
        ChromeDriver chrome = (ChromeDriver) driver();
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.min(((Number) content.get("height")).doubleValue(), 8000);
        // A page taller than the window reports its width without the scroll bar (375 of 390 px), but Chromium lays
        // the whole-page capture out without one: clip at the window's width at least, or its right edge is cut off.
        double contentWidth = Math.max(((Number) content.get("width")).doubleValue(), width);
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", contentWidth, "height", height, "scale", 1);
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void resize(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        // The layout follows the window asynchronously; wait until the page sees its new width.
        waitFor(d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() <= width);
    }

    private void keepEvidence(Path withoutExtension) {
        try {
            write(
                    withoutExtension.resolveSibling(withoutExtension.getFileName() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            write(
                    withoutExtension.resolveSibling(withoutExtension.getFileName() + ".html"),
                    ("<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource())
                            .getBytes(StandardCharsets.UTF_8));
        } catch (WebDriverException | UncheckedIOException e) {
            // Evidence is a help, not the result: the test's own failure is what must be reported.
            System.err.println("Could not keep the failed page of " + testName + ": " + e);
        }
    }

    private static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
