package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An API user (reading Thai: the scene's account) follows the link on the access tokens page to /api/docs and reads the reference there: Swagger UI,
 * served by GreenHub under its Content-Security-Policy (the browser extension fails the test on any violation), lists
 * the operations, and opening the public calculator shows its description.
 */
class ApiDocsPageIT extends BrowserTest {

    private static final By CALCULATOR = By.cssSelector(".opblock-summary-path[data-path='/api/evaluation/calculate']");

    @Test
    void theTokensPageLeadsToTheReferenceOfEveryOperation() {
        JsonObject scene = postScenario("test-support/access-tokens");
        signIn(scene.getString("email"), scene.getString("password"));
        browser.open("account/tokens.xhtml");
        browser.clickIdAndWaitForNewPage("apiDocsLink");
        assertEquals("api/docs", browser.currentPage());
        assertEquals(
                BundleText.translated("platform", "th", "platform.apiDocs.title")
                                .orElseThrow() + " · GreenHub",
                browser.driver().getTitle());

        WebElement calculator = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(CALCULATOR));
        // Swagger UI writes a zero-width space before each slash of a path, so that long paths wrap.
        String operations = browser.visibleId("swaggerUi").getText().replace("\u200b", "");
        assertTrue(operations.contains("Calculate a ranking from scores"), operations);
        assertTrue(operations.contains("/api/zones/{code}/declarations"), operations);
        browser.captureForReview("01-operations");

        calculator.click();
        WebElement description = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id^='operations-Evaluation'] .opblock-description-wrapper")));
        assertTrue(description.getText().contains("public calculator"), description.getText());
        browser.captureForReview("02-calculator");

        browser.clickIdAndWaitForNewPage("homeLink");
        assertTrue(
                browser.currentPage().startsWith("index.xhtml")
                        || browser.currentPage().isEmpty(),
                browser.currentPage());
    }
}
