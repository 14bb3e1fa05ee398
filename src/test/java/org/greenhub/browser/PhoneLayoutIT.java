package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.testsupport.browser.Browser;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 11, on a phone and the desktop: the crawl. Every role (and the anonymous visitor) signs in, in each of the four
 * languages, and visits its main pages, every link of its header menu, and one record page per list (the first row's
 * link). Every page fits a 390 px screen and a 1280 px one (nothing scrolls sideways), shows no code
 * ({@code CLEAN_ENERGY}), no unfilled placeholder ({@code {0}}, {@code {page}}) and, on a Chinese, Thai or Vietnamese
 * page, none of the layout's or the library's English words ("Sort", "Next", "Business plan" …). The header is one
 * short line while its menu is closed, and the menu button opens that role's own group of links, in the page's
 * language. PrimeFaces' paginator speaks the reader's language with its page numbers filled.
 */
class PhoneLayoutIT extends BrowserTest {

    /** A language as the page declares it ({@code <html lang>}), its bundle suffix and its name in the language menu. */
    private record Language(String tag, String suffix, String nativeName) {}

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", null, "English"),
            new Language("zh-CN", "zh_CN", "简体中文"),
            new Language("th", "th", "ไทย"),
            new Language("vi", "vi", "Tiếng Việt"));

    /** A role, its main pages, its menu group and a link of that group (with the link's bundle and key). */
    private record RoleMenu(
            String role,
            List<String> pages,
            String group,
            String groupFeature,
            String groupKey,
            String link,
            String linkFeature,
            String linkKey) {}

    private static final List<RoleMenu> ROLES = List.of(
            new RoleMenu(
                    "APPLICANT",
                    List.of(
                            "dashboard/applicant.xhtml",
                            "competition/index.xhtml",
                            "alliance/mine.xhtml",
                            "organisation/mine.xhtml",
                            "incubation/intake/my/applications.xhtml"),
                    "mine",
                    "platform",
                    "platform.nav.group.mine",
                    "navMyOrganisations",
                    "platform",
                    "platform.nav.myOrganisations"),
            new RoleMenu(
                    "JUDGE",
                    List.of(
                            "dashboard/judge.xhtml",
                            "evaluation/judge/queue.xhtml",
                            "evaluation/judge/conflicts.xhtml"),
                    "judging",
                    "platform",
                    "platform.nav.judgeDashboard",
                    "navJudgeQueue",
                    "evaluationui",
                    "evaluation.ui.nav.queue"),
            new RoleMenu(
                    "PROGRAMME_MANAGER",
                    List.of(
                            "dashboard/manager.xhtml",
                            "evaluation/manage/rounds.xhtml",
                            "competition/manage/list.xhtml",
                            "competition/awards/index.xhtml",
                            "incubation/intake/manage/incubators.xhtml"),
                    "programmes",
                    "platform",
                    "platform.nav.group.programmes",
                    "navRounds",
                    "evaluationui",
                    "evaluation.ui.nav.rounds"),
            new RoleMenu(
                    "ALLIANCE_COORDINATOR",
                    List.of("dashboard/coordinator.xhtml", "organisation/directory.xhtml"),
                    "alliances",
                    "platform",
                    "platform.nav.group.alliances",
                    "navCoordinatorDashboard",
                    "platform",
                    "platform.nav.dashboard"),
            new RoleMenu(
                    "ADMINISTRATOR",
                    List.of(
                            "dashboard/admin.xhtml",
                            "account/admin/users.xhtml",
                            "organisation/directory.xhtml",
                            "organisation/admin/restricted.xhtml",
                            "platform/audit.xhtml",
                            "platform/mail.xhtml",
                            "zone/admin/zones.xhtml",
                            "zone/admin/factors.xhtml",
                            "zone/indicators.xhtml"),
                    "administration",
                    "platform",
                    "platform.nav.adminDashboard",
                    "navUsers",
                    "platform",
                    "platform.nav.users"),
            new RoleMenu(
                    "ZONE_ADMINISTRATOR",
                    List.of("zone/home.xhtml", "zone/indicators.xhtml"),
                    "zone",
                    "zone",
                    "zone.nav.group",
                    "navZoneHome",
                    "zone",
                    "zone.nav.home"));

    private static final List<String> PUBLIC_PAGES = List.of(
            "index.xhtml",
            "public/competitions.xhtml",
            "alliance/index.xhtml",
            "incubation/calls.xhtml",
            "account/signin.xhtml",
            "account/register.xhtml");

    /**
     * A code as the code writes it, shown to a reader instead of its word. A code in quotation marks is quoted on
     * purpose: the audit trail names an action it has no sentence for (one retired from the code) that way, and such
     * rows may be left by other tests.
     */
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("(?<!“)\\b[A-Z]{2,}_[A-Z_]+\\b");
    /** A message placeholder left unfilled: {0}, {page}, {trang}. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(?:\\d+|\\p{L}+)}");
    /** The layout's and PrimeFaces' English words that must not show on a Chinese, Thai or Vietnamese page. */
    private static final java.util.regex.Pattern ENGLISH_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:Sort|Ascending|Descending|Page|Previous|Next|Search|Submit|Save|Cancel|Business plan|Choose|Upload|Download|Close|Loading|Select|Yes|No)\\b");
    /** The header links a role's crawl follows: its own menu (not the language menu, not signing out). */
    private static final String MENU_LINKS = "return Array.from(document.querySelectorAll('#header a[id^=nav]'))"
            + ".map(a => a.getAttribute('href')).filter(h => h && h.indexOf('signout') < 0);";
    /** The first record a list links to: the first row's first link carrying an id. */
    private static final String FIRST_RECORD =
            "const a = document.querySelector('.ui-datatable-data tr:not(.ui-datatable-empty-message) a[href*=\"id=\"]');"
                    + " return a ? a.getAttribute('href') : null;";

    /** The header with its menu closed: one line (brand and menu button) and its padding, with room for larger fonts. */
    private static final int MAX_HEADER_HEIGHT = 120;

    /** The elements that reach past the right edge of the window, deepest first, to say what widened a page. */
    private static final String TOO_WIDE = """
            const limit = window.innerWidth;
            return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > limit + 0.5)
                .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > limit + 0.5))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                     + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
            """;

    private JsonObject accounts() {
        return postScenario("test-support/role-accounts");
    }

    private static String text(String feature, Language language, String key) {
        return language.suffix() == null
                ? BundleText.english(feature, key)
                : BundleText.translated(feature, language.suffix(), key)
                        .orElseThrow(() -> new AssertionError("no " + key + " in " + language.tag()));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @Test
    void everyRolesMainPagesFitAPhoneInEveryLanguageAndTheMenuButtonOpensTheRolesGroup() {
        JsonObject s = accounts();
        List<String> problems = new ArrayList<>();
        for (RoleMenu role : ROLES) {
            for (Language language : LANGUAGES) {
                browser.useWidth(Browser.DESKTOP_WIDTH);
                browser.driver().manage().deleteAllCookies();
                signIn(
                        s.getJsonObject("accounts").getJsonObject(role.role()).getString(language.tag()),
                        s.getString("password"));
                assertEquals(
                        language.tag(), browser.pageLanguage(), role.role() + " signs in to a page in their language");
                browser.useWidth(Browser.PHONE_WIDTH);
                crawl(role.role() + " " + language.tag(), role.pages(), language, problems);
                browser.open(role.pages().get(0));
                boolean review = role.role().equals("JUDGE")
                        && (language.tag().equals("th") || language.tag().equals("zh-CN"));
                if (review) {
                    browser.captureForReview(role.role().toLowerCase() + "-" + language.tag() + "-menu-closed");
                    browser.useWidth(Browser.PHONE_WIDTH);
                }
                openRoleMenu(role, language);
                if (review) {
                    browser.captureForReview(role.role().toLowerCase() + "-" + language.tag() + "-menu-open");
                    browser.useWidth(Browser.PHONE_WIDTH);
                }
            }
        }
        assertTrue(problems.isEmpty(), "Pages that do not fit a 390 px phone:\n" + String.join("\n", problems));
    }

    @Test
    void publicPagesFitAPhoneInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (Language language : LANGUAGES) {
            browser.useWidth(Browser.DESKTOP_WIDTH);
            browser.open("index.xhtml");
            if (!language.tag().equals(browser.pageLanguage())) {
                browser.selectAndWaitForNewPage("languageForm:language", language.nativeName());
            }
            assertEquals(language.tag(), browser.pageLanguage());
            browser.useWidth(Browser.PHONE_WIDTH);
            crawl("visitor " + language.tag(), PUBLIC_PAGES, language, problems);
            if (language.tag().equals("th") || language.tag().equals("vi")) {
                browser.open("index.xhtml");
                browser.captureForReview("visitor-" + language.tag() + "-menu-closed");
                browser.useWidth(Browser.PHONE_WIDTH);
                browser.clickId("menuButton");
                browser.clickId("menu-explore");
                assertTrue(browser.visibleId("navAlliances")
                        .getText()
                        .contains(text("alliance", language, "alliance.nav.alliances")));
                browser.captureForReview("visitor-" + language.tag() + "-menu-open");
            }
        }
        assertTrue(problems.isEmpty(), "Pages that do not fit a 390 px phone:\n" + String.join("\n", problems));
    }

    @Test
    void thePaginatorSpeaksTheReadersLanguageWithItsPageNumbersFilledIn() {
        JsonObject s = accounts();
        for (Language language : LANGUAGES) {
            browser.driver().manage().deleteAllCookies();
            signIn(
                    s.getJsonObject("accounts").getJsonObject("ADMINISTRATOR").getString(language.tag()),
                    s.getString("password"));
            browser.open("platform/audit.xhtml");
            WebElement paginator = browser.visible(By.cssSelector("[id$='events_paginator_bottom']"));
            String where = "the audit trail's paginator in " + language.tag();
            assertEquals(
                    text("platform", language, "platform.library.aria.pageLabel")
                            .replace("{page}", "1"),
                    paginator.findElement(By.cssSelector(".ui-paginator-page")).getAttribute("aria-label"),
                    where);
            assertEquals(
                    text("platform", language, "platform.library.aria.firstPageLabel"),
                    paginator.findElement(By.cssSelector(".ui-paginator-first")).getAttribute("aria-label"),
                    where);
            assertEquals(
                    text("platform", language, "platform.library.aria.nextPageLabel"),
                    paginator.findElement(By.cssSelector(".ui-paginator-next")).getAttribute("aria-label"),
                    where);
            assertEquals(
                    text("platform", language, "platform.library.aria.rowsPerPageLabel"),
                    paginator
                            .findElement(By.cssSelector(".ui-paginator-rpp-options"))
                            .getAttribute("aria-label"),
                    where);
            for (WebElement labelled : paginator.findElements(By.cssSelector("[aria-label]"))) {
                assertFalse(
                        labelled.getAttribute("aria-label").contains("{"),
                        where + " has an unfilled placeholder: " + labelled.getAttribute("aria-label"));
            }
        }
    }

    /**
     * Visits the pages, then every link of the header's menu not visited yet, then one record page per list met (the
     * first row's link, one level deep), each checked at phone and desktop width; the window is left at phone width.
     */
    private void crawl(String who, List<String> pages, Language language, List<String> problems) {
        java.util.Set<String> visited = new java.util.LinkedHashSet<>();
        java.util.Deque<String> toVisit = new java.util.ArrayDeque<>(pages);
        java.util.List<String> records = new ArrayList<>();
        String root = base.getPath();
        boolean menuRead = false;
        while (!toVisit.isEmpty() || !records.isEmpty()) {
            boolean record = toVisit.isEmpty();
            String page = record ? records.remove(0) : toVisit.removeFirst();
            String path = page.startsWith(root) ? page.substring(root.length()) : page.replaceFirst("^/", "");
            if (!visited.add(path.replaceFirst(";jsessionid=[^?]*", ""))) {
                continue;
            }
            browser.open(path);
            problems.addAll(checkPage(who + " " + path, language));
            if (!menuRead) {
                menuRead = true;
                for (Object href : (List<?>) js().executeScript(MENU_LINKS)) {
                    toVisit.addLast(String.valueOf(href));
                }
            }
            Object first = record ? null : js().executeScript(FIRST_RECORD);
            if (first != null && records.size() < 12) {
                records.add(String.valueOf(first));
            }
        }
    }

    /** What a person on a phone (and then on the desktop) would stumble over on the current page; empty when nothing. */
    private List<String> checkPage(String where, Language language) {
        List<String> problems = new ArrayList<>();
        browser.waitUntilIdle();
        if (!language.tag().equals(browser.pageLanguage())) {
            problems.add(where + ": the page is in " + browser.pageLanguage());
        }
        long scrollWidth = ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) js().executeScript("return window.innerWidth;")).longValue();
        if (scrollWidth > innerWidth) {
            problems.add(where + ": " + scrollWidth + " px wide in a " + innerWidth + " px window, widened by "
                    + js().executeScript(TOO_WIDE));
        }
        double header = ((Number)
                        js().executeScript("return document.getElementById('header').getBoundingClientRect().height;"))
                .doubleValue();
        if (header > MAX_HEADER_HEIGHT) {
            problems.add(where + ": the header is " + Math.round(header) + " px tall with its menu closed");
        }
        String body = browser.driver().findElement(By.tagName("body")).getText();
        if (body.contains("???")) {
            problems.add(where + ": a text without translation (???key???)");
        }
        java.util.regex.Matcher code = CODE.matcher(body);
        if (code.find()) {
            problems.add(where + ": shows the code " + code.group());
        }
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(body);
        if (placeholder.find()) {
            problems.add(where + ": shows an unfilled placeholder " + placeholder.group());
        }
        // the visible text and the names read aloud (buttons, paginator) alike
        String named = body + " "
                + js().executeScript(
                                "return Array.from(document.querySelectorAll('[aria-label],[title]'))"
                                        + ".filter(e => e.getClientRects().length).map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || '')).join(' ');");
        java.util.regex.Matcher english = ENGLISH_WORDS.matcher(named);
        if (language.suffix() != null && english.find()) {
            int at = Math.max(0, english.start() - 30);
            problems.add(where + ": English \"" + english.group() + "\" on a " + language.tag() + " page: …"
                    + named.substring(at, Math.min(named.length(), english.end() + 30))
                            .replace('\n', ' ') + "…");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // the same page on the desktop: nothing scrolls sideways there either
        browser.useWidth(Browser.DESKTOP_WIDTH);
        long desktopScroll = ((Number) js().executeScript("return document.documentElement.scrollWidth;")).longValue();
        long desktopWidth = ((Number) js().executeScript("return window.innerWidth;")).longValue();
        if (desktopScroll > desktopWidth) {
            problems.add(where + " (desktop): " + desktopScroll + " px wide in a " + desktopWidth
                    + " px window, widened by " + js().executeScript(TOO_WIDE));
        }
        browser.useWidth(Browser.PHONE_WIDTH);
        Object unnamed = js().executeScript("return Array.from(document.querySelectorAll('button')).filter(b =>"
                + " (b.getAttribute('aria-label') || b.textContent).trim() === 'ui-button').map(b => b.className);");
        if (!((List<?>) unnamed).isEmpty()) {
            problems.add(where + ": button(s) read aloud as \"ui-button\": " + unnamed);
        }
        return problems;
    }

    /** On a phone the role's group is hidden behind the menu button; the button opens it, in the page's language. */
    private void openRoleMenu(RoleMenu role, Language language) {
        String where = role.role() + " in " + language.tag();
        WebElement menuButton = browser.visibleId("menuButton");
        assertEquals("false", menuButton.getAttribute("aria-expanded"), where);
        WebElement group = browser.driver().findElement(By.id("menu-" + role.group()));
        assertFalse(group.isDisplayed(), where + ": the menu starts closed");
        assertEquals(
                text("platform", language, "platform.nav.menu"),
                menuButton.getText().strip(),
                where);

        browser.clickId("menuButton");
        assertEquals("true", menuButton.getAttribute("aria-expanded"), where);
        assertEquals(
                text(role.groupFeature(), language, role.groupKey()),
                browser.visibleId("menu-" + role.group()).getText().strip(),
                where);
        assertFalse(browser.driver().findElement(By.id(role.link())).isDisplayed(), where + ": groups open one by one");

        browser.clickId("menu-" + role.group());
        assertEquals("true", group.getAttribute("aria-expanded"), where);
        assertEquals(
                text(role.linkFeature(), language, role.linkKey()),
                browser.visibleId(role.link()).getText().strip(),
                where);
    }
}
