package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A start-up's founder declares a project in Vietnamese: submitted without the feasibility study the call requires,
 * screening refuses it with the reason beside the evidence; with the study attached it is submitted, and the owner's
 * list shows it waiting for review.
 */
class ReserveDeclareJourneyIT extends BrowserTest {

    @Test
    void anOwnerDeclaresInVietnamese() throws Exception {
        JsonObject s = postScenario("test-support/reserve-declare-scenario");
        signIn(s.getString("owner"), s.getString("password"));
        browser.open("dashboard/applicant.xhtml");
        browser.clickIdAndWaitForNewPage("reserveDeclare");
        assertEquals("reserve/declare.xhtml", browser.currentPage());
        assertEquals("vi", browser.pageLanguage());

        // the open calls include other tests' calls: choose this scenario's by its id
        browser.open("reserve/declare.xhtml?call=" + s.getJsonNumber("callId"));
        browser.type("declareForm:title", "Điện mặt trời áp mái Khu công nghiệp Xanh");
        browser.type(
                "declareForm:summary",
                "Lắp đặt 1,2 MW điện mặt trời áp mái cho các nhà xưởng logistics, kèm pin lưu trữ cho giờ cao điểm tối.");
        browser.chooseInMenu("declareForm:category", "Năng lượng sạch");
        browser.chooseInMenu("declareForm:stage", "Thí điểm");
        browser.type("declareForm:location", "Nhà xưởng số 3, Khu logistics phía Bắc");
        browser.type("declareForm:totalInvestment_input", "2000000");
        browser.type("declareForm:financingSought_input", "800000");
        browser.click(By.xpath(
                "//label[normalize-space()='Tín dụng xanh']/preceding-sibling::div[contains(@class,'ui-chkbox')]"
                        + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.type("declareForm:energySavedTce_input", "420");
        browser.type("declareForm:co2AvoidedT_input", "600");
        browser.type(
                "declareForm:estimateMethod",
                "Sản lượng đo được của mái thí điểm trong 12 tháng nhân với hệ số phát thải lưới điện.");
        browser.clickIdAndWaitForNewPage("declareForm:submit");

        String refusal = browser.visible(By.cssSelector("[id='declareForm:evidence'] .ui-messages-error"))
                .getText();
        assertTrue(
                refusal.contains("nghiên cứu khả thi"), "the missing study is named beside the evidence: " + refusal);
        assertEquals("reserve/declare.xhtml", browser.currentPage());
        browser.captureForReview("reserve-declare-01-refused-vi");

        Path study = Files.createTempFile("nghien-cuu-kha-thi", ".pdf");
        Files.write(study, IntakeFixtures.PDF);
        browser.driver()
                .findElement(By.xpath("//input[@type='file' and starts-with(@id,'declareForm:feasibilityStudy')]"))
                .sendKeys(study.toAbsolutePath().toString());
        browser.clickIdAndWaitForNewPage("declareForm:submit");

        assertEquals("reserve/project.xhtml", browser.currentPage());
        assertEquals("Đã gửi, chờ đánh giá", browser.visibleId("status").getText());
        assertTrue(browser.visibleId("evidence")
                .getText()
                .contains(study.getFileName().toString()));
        assertEquals("2.000.000", browser.visibleId("totalInvestment").getText(), "yuan as Vietnamese writes them");
        browser.captureForReview("reserve-declare-02-submitted-vi");

        browser.clickIdAndWaitForNewPage("back");
        assertEquals("reserve/mine.xhtml", browser.currentPage());
        String list = browser.visibleId("projects").getText();
        assertTrue(list.contains("Điện mặt trời áp mái Khu công nghiệp Xanh"), list);
        assertTrue(list.contains("Mái nhà xanh (nháp)"), "the organisation's draft is listed too: " + list);
        browser.captureForReview("reserve-declare-03-mine-vi");

        browser.open("reserve/project.xhtml?id=" + s.getJsonNumber("draftId"));
        browser.clickIdAndWaitForNewPage("edit");
        assertEquals("reserve/declare.xhtml", browser.currentPage());
        assertEquals(
                "Mái nhà xanh (nháp)", browser.visibleId("declareForm:title").getAttribute("value"));
        browser.captureForReview("reserve-declare-04-edit-vi");
    }
}
