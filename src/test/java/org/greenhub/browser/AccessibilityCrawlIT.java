package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 14, accessibility: every page of every role, in English, Chinese, Thai and Vietnamese, passes axe-core's WCAG
 * 2.2 AA rules without a serious or critical violation. Each role (and the visitor) goes through its main pages,
 * every link of its header menu and one level of links into records from them (an entry, a round, a sheet, a
 * declaration); the judge's workspace comes from a round built for this test. Each distinct page is analysed once per
 * language ({@link org.greenhub.testsupport.browser.Browser} checks what it opens); the failure lists every page's
 * violations at once.
 */
class AccessibilityCrawlIT extends BrowserTest {

    /** A language as the page declares it ({@code <html lang>}) and its name in the language menu. */
    private record Language(String tag, String nativeName) {}

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", "English"),
            new Language("zh-CN", "简体中文"),
            new Language("th", "ไทย"),
            new Language("vi", "Tiếng Việt"));

    /** Every role of the demo, with the pages its dashboard does not link in the header. */
    private static final List<String> ROLES = List.of(
            "APPLICANT",
            "JUDGE",
            "PROGRAMME_MANAGER",
            "ALLIANCE_COORDINATOR",
            "ZONE_ADMINISTRATOR",
            "FUNDER",
            "ADMINISTRATOR");

    private static final List<String> PUBLIC_PAGES = List.of(
            "index.xhtml",
            "public/competitions.xhtml",
            "alliance/index.xhtml",
            "incubation/calls.xhtml",
            "reserve/index.xhtml",
            "account/signin.xhtml",
            "account/register.xhtml",
            "account/forgot-password.xhtml");

    /** The pages a signed-in person reaches from the header besides their role's group. */
    private static final List<String> ACCOUNT_PAGES = List.of("account/profile.xhtml", "account/tokens.xhtml");

    /** The header's links (its menu and the profile), not the language menu, not signing out. */
    private static final String MENU_LINKS = "return Array.from(document.querySelectorAll('#header a[href]'))"
            + ".map(a => a.getAttribute('href')).filter(h => h.indexOf('.xhtml') > 0 && h.indexOf('signout') < 0);";

    /**
     * Links from the page's content into records (a page with a query: ?id=, ?round=, ?zone=), the first one to each
     * distinct page.
     */
    private static final String RECORD_LINKS = """
            const seen = new Set(); const found = [];
            for (const a of document.querySelectorAll('#main a[href*=".xhtml?"]')) {
                const href = a.getAttribute('href'); const page = href.split('?')[0];
                if (!seen.has(page) && href.indexOf('signout') < 0) { seen.add(page); found.push(href); }
            }
            return found;""";

    /** Record pages followed per role and language, so the crawl stays within minutes. */
    private static final int MAX_RECORDS = 8;

    /**
     * The pages opened so far as "path language": a page another role (or the visitor) already showed in this
     * language is not opened again, so the crawl stays within minutes.
     */
    private final Set<String> opened = new java.util.HashSet<>();

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @Test
    void everyPageOfEveryRoleInEveryLanguageHasNoSeriousAccessibilityViolation() {
        List<String> violations = new ArrayList<>();
        long start = System.nanoTime();

        for (Language language : LANGUAGES) {
            browser.driver().manage().deleteAllCookies();
            browser.open("index.xhtml");
            switchTo(language);
            crawl(PUBLIC_PAGES);
        }

        JsonObject accounts = postScenario("test-support/role-accounts");
        for (String role : ROLES) {
            for (Language language : LANGUAGES) {
                browser.driver().manage().deleteAllCookies();
                signIn(
                        accounts.getJsonObject("accounts").getJsonObject(role).getString(language.tag()),
                        accounts.getString("password"));
                assertEquals(language.tag(), browser.pageLanguage(), role + " signs in to a page in their language");
                List<String> pages = new ArrayList<>(List.of(browser.currentPage()));
                pages.addAll(ACCOUNT_PAGES);
                crawl(pages);
            }
        }

        // A judge's queue and workspace (the score form beside the entry) and the manager's round, from a round
        // built for this test: the role accounts above have no records of their own.
        JsonObject judging = postScenario("test-support/judging-scenario");
        for (String person : List.of("judge", "manager")) {
            for (Language language : LANGUAGES) {
                browser.driver().manage().deleteAllCookies();
                signIn(judging.getString(person), judging.getString("password"));
                switchTo(language);
                crawl(List.of(
                        person.equals("judge") ? "evaluation/judge/queue.xhtml" : "evaluation/manage/rounds.xhtml",
                        person.equals("judge")
                                ? "evaluation/judge/score.xhtml?round=" + judging.getJsonNumber("roundId") + "&subject="
                                        + judging.getJsonNumber("subjectId")
                                : "evaluation/manage/round.xhtml?id=" + judging.getJsonNumber("roundId")));
            }
        }

        violations.addAll(browser.accessibilityViolations());
        System.out.println("AccessibilityCrawlIT crawled in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        assertTrue(
                violations.isEmpty(),
                violations.size() + " serious or critical accessibility violation(s):\n"
                        + String.join("\n", violations));
    }

    /** Chooses the language in the header's menu (the page reloads in it) unless the page is in it already. */
    private void switchTo(Language language) {
        if (!language.tag().equals(browser.pageLanguage())) {
            browser.selectAndWaitForNewPage("languageForm:language", language.nativeName());
        }
        assertEquals(language.tag(), browser.pageLanguage());
    }

    /**
     * Opens the pages, then every page the header links, then one level of links into records from those (the
     * browser analyses each distinct page once per language).
     */
    private void crawl(List<String> pages) {
        String root = base.getPath();
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(pages);
        List<String> records = new ArrayList<>();
        boolean menuRead = false;
        while (!toVisit.isEmpty() || !records.isEmpty()) {
            boolean record = toVisit.isEmpty();
            String page = relative(record ? records.remove(0) : toVisit.removeFirst(), root);
            String path = page.split("\\?")[0];
            if (!visited.add(path) || !opened.add(path + " " + browser.pageLanguage())) {
                continue;
            }
            browser.open(page);
            if (!menuRead) {
                menuRead = true;
                for (Object href : (List<?>) js().executeScript(MENU_LINKS)) {
                    toVisit.addLast(String.valueOf(href));
                }
            }
            if (!record) {
                for (Object href : (List<?>) js().executeScript(RECORD_LINKS)) {
                    if (records.size() < MAX_RECORDS) {
                        records.add(String.valueOf(href));
                    }
                }
            }
        }
    }

    private static String relative(String href, String root) {
        String path = href.replaceFirst(";jsessionid=[^?]*", "");
        return path.startsWith(root) ? path.substring(root.length()) : path.replaceFirst("^/", "");
    }
}
