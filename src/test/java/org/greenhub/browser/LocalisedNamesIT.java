package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Names managers type are read in the reader's language: an intake call titled in four languages reads in Thai on
 * the public pages, one titled in English only is shown in English marked "(English)"; the engine's group and track
 * codes appear as their names on the judge's queue and the manager's entry list. No page here shows a code
 * (an UPPER_SNAKE token such as CLEAN_ENERGY) to a Thai reader.
 */
class LocalisedNamesIT extends BrowserTest {

    /** A code as the engine and enums store it: two or more capitalised words joined by underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");

    private JsonObject post(String path) {
        return postScenario(path);
    }

    private static String thai(String feature, String key) {
        return BundleText.translated(feature, "th", key).orElseThrow();
    }

    private String mainText() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private void assertNoCodes(String page) {
        Matcher code = CODE.matcher(mainText());
        assertFalse(code.find(), () -> page + " shows the code " + code.group() + ":\n" + mainText());
    }

    @Test
    void anIntakeCallTitledInFourLanguagesReadsInThaiAndAnEnglishOnlyCallIsMarkedAsEnglish() {
        JsonObject s = post("test-support/intake-scenario");
        String callPage = "incubation/call.xhtml?id=" + s.getJsonNumber("call");
        signIn(s.getString("manager"), s.getString("password"));
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        assertEquals("th", browser.pageLanguage());

        // The scenario's call has an English title only: a Thai reader sees it, marked and tagged as English.
        browser.open(callPage);
        WebElement heading = browser.visible(By.cssSelector("h1.gh-title"));
        assertTrue(heading.getText().startsWith(s.getString("callTitle")), heading.getText());
        assertEquals("en", heading.findElement(By.cssSelector("span[lang]")).getAttribute("lang"));
        assertEquals(
                thai("platform", "platform.localised.inEnglish"),
                heading.findElement(By.cssSelector(".gh-fallback")).getText());
        assertNoCodes("the English-only call");
        browser.captureForReview("lang-02-call-in-thai-english-fallback");

        // The manager titles it in the four languages.
        browser.open("incubation/intake/manage/call.xhtml?id=" + s.getJsonNumber("call"));
        String english = "Solar pilots intake " + s.getJsonNumber("call");
        browser.type("termsForm:title", english);
        browser.type("termsForm:titleZh", "太阳能试点入孵招募");
        browser.type("termsForm:titleTh", "รับสมัครบ่มเพาะโครงการนำร่องพลังงานแสงอาทิตย์");
        browser.type("termsForm:titleVi", "Đợt tuyển ươm tạo dự án thí điểm năng lượng mặt trời");
        browser.type("termsForm:description", "Six months of lab space for solar pilots.");
        browser.type("termsForm:descriptionTh", "พื้นที่ห้องปฏิบัติการหกเดือนสำหรับโครงการนำร่องพลังงานแสงอาทิตย์");
        browser.captureForReview("lang-01-call-terms-four-languages");
        browser.clickId("termsForm:saveTerms");
        assertFalse(browser.isPresent(By.cssSelector("[id='termsForm'] .ui-message-error")), "the terms are saved");

        browser.open(callPage);
        heading = browser.visible(By.cssSelector("h1.gh-title"));
        assertEquals("รับสมัครบ่มเพาะโครงการนำร่องพลังงานแสงอาทิตย์", heading.getText());
        assertEquals("th", heading.findElement(By.cssSelector("span[lang]")).getAttribute("lang"));
        assertTrue(mainText().contains("พื้นที่ห้องปฏิบัติการหกเดือน"), mainText());
        assertFalse(browser.isPresent(By.cssSelector("main .gh-fallback")), "every text of this call is in Thai");
        assertNoCodes(callPage);

        browser.open("incubation/calls.xhtml");
        assertTrue(mainText().contains("รับสมัครบ่มเพาะโครงการนำร่องพลังงานแสงอาทิตย์"), mainText());
        assertFalse(
                mainText().contains(english),
                "the Thai reader is not shown the English title of a call titled in Thai");
        assertNoCodes("the open calls");
    }

    @Test
    void groupAndTrackCodesShowTheirNamesOnTheJudgesQueueAndTheManagersEntryList() {
        JsonObject s = post("test-support/judging-scenario?codes=true");
        signIn(s.getString("judge"), s.getString("password"));
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        browser.open("evaluation/judge/queue.xhtml");
        String queue = browser.visibleId("judgeQueue").getText();
        assertTrue(
                queue.contains(thai("green", "green.focus.CLEAN_ENERGY") + " · "
                        + thai("competition", "competition.group.START_UP")),
                queue);
        assertNoCodes("the judge's queue");

        browser.startFreshSession();
        signIn(s.getString("manager"), s.getString("password"));
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        browser.open("evaluation/manage/round.xhtml?id=" + s.getJsonNumber("roundId"));
        browser.click(By.cssSelector("a[href='#roundTabs:entriesTab']"));
        String entries =
                browser.visibleId("roundTabs:entriesListForm:entriesList").getText();
        for (String name :
                List.of(thai("green", "green.focus.CLEAN_ENERGY"), thai("competition", "competition.group.START_UP"))) {
            assertTrue(entries.contains(name), entries);
        }
        assertFalse(CODE.matcher(entries).find(), entries);
    }
}
