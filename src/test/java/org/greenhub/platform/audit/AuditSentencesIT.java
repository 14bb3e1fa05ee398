package org.greenhub.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.greenhub.account.application.SignInService;
import org.greenhub.platform.audit.web.AuditSentences;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/**
 * The audit trail reads as sentences: an event recorded with its state before and after is shown as "who did what to
 * which record" in the reader's language, with the changed fields (only those) as "field: before → after", names and
 * values translated, and no code or map dump left; a note the code wrote is translated, a person's reason is not.
 */
class AuditSentencesIT extends InServerTest {

    @Inject
    AuditTrail trail;

    @Inject
    AuditSearch search;

    @Inject
    AuditSentences sentences;

    @Inject
    SignInService signIn;

    private static final Locale CHINESE = Language.CHINESE.locale();
    private static final Locale THAI = Language.THAI.locale();

    /** The one event of this action recorded for this test's own record id. */
    private AuditSearch.Event only(String action, String entityId) {
        List<AuditSearch.Event> events =
                search.page(new AuditSearch.Criteria(action, null, null, entityId, null, null), 0, 10, true);
        assertEquals(1, events.size(), "events of record " + entityId);
        return events.get(0);
    }

    @Test
    void aStatusChangeReadsAsASentenceWithTheChangedFieldsInEachLanguage() {
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("category", 4);
        before.put("number", null);
        before.put("status", "APPROVED");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("number", "GEA-2026-0001");
        after.put("status", "ACTIVE");
        trail.record("ALLIANCE_DUES_RECORDED", "Membership", id, before, after, "renewal job");
        AuditSearch.Event event = only("ALLIANCE_DUES_RECORDED", id);

        AuditSentences.Described english = sentences.describe(event, Locale.ENGLISH);
        assertTrue(
                english.sentence().endsWith(" recorded membership dues paid for membership #" + id),
                english.sentence());
        assertEquals(
                List.of("Membership number: (none) → GEA-2026-0001", "Status: approved → active"),
                english.changes(),
                "only the changed fields, in words");
        assertEquals("Note: by the renewal job", english.detail());
        assertTrue(english.when().endsWith("(Asia/Shanghai)"), english.when());

        AuditSentences.Described chinese = sentences.describe(event, CHINESE);
        assertTrue(chinese.sentence().endsWith(" 登记了会员资格 #" + id + "缴纳的会费"), chinese.sentence());
        assertEquals(List.of("会员编号：（无） → GEA-2026-0001", "状态：已批准 → 有效"), chinese.changes());
        assertEquals("说明：由续期任务执行", chinese.detail());

        AuditSentences.Described thai = sentences.describe(event, THAI);
        assertTrue(thai.sentence().contains("บันทึกการชำระค่าบำรุงสมาชิกของสมาชิกภาพ #" + id), thai.sentence());
        assertEquals(
                List.of("หมายเลขสมาชิก: (ไม่มี) → GEA-2026-0001", "สถานะ: อนุมัติแล้ว → ใช้งานอยู่"), thai.changes());
        assertTrue(thai.when().endsWith("(Asia/Bangkok)"), thai.when());

        for (AuditSentences.Described read : List.of(english, chinese, thai)) {
            String all = read.exportText();
            assertFalse(
                    all.contains("APPROVED")
                            || all.contains("ALLIANCE_DUES_RECORDED")
                            || all.contains("{")
                            || all.contains("="),
                    all);
        }
    }

    @Test
    void aFailedSignInNamesTheAddressAndItsReasonAndAPersonsReasonStaysAsWritten() {
        String email = TestData.email("nobody");
        signIn.signIn(email, "Whatever-Password-1", "203.0.113.9");
        List<AuditSearch.Event> failed =
                search.page(new AuditSearch.Criteria("SIGN_IN_FAILED", email, null, null, null, null), 0, 10, true);
        assertEquals(1, failed.size());
        AuditSentences.Described thai = sentences.describe(failed.get(0), THAI);
        assertTrue(thai.sentence().startsWith("การลงชื่อเข้าใช้ในชื่อ " + email + " ไม่สำเร็จ"), thai.sentence());
        assertEquals("หมายเหตุ: ไม่พบอีเมลนี้ในระบบ", thai.detail());

        String id = String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L));
        trail.record(
                "ENTRY_WITHDRAWN",
                "CompetitionEntry",
                id,
                Map.of("status", "SUBMITTED"),
                Map.of("status", "WITHDRAWN"),
                "我们决定明年再参赛");
        AuditSentences.Described chinese = sentences.describe(only("ENTRY_WITHDRAWN", id), CHINESE);
        assertTrue(chinese.sentence().endsWith(" 撤回了参赛项目 #" + id), chinese.sentence());
        assertEquals(List.of("状态：已提交 → 已撤回"), chinese.changes());
        assertEquals("说明：我们决定明年再参赛", chinese.detail());
    }

    @Test
    void anActionOfAnOlderVersionStillReadsAsASentence() {
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        trail.record("SOMETHING_RETIRED", "Competition", id, null, Map.of("edition", "2025"), null);
        AuditSentences.Described english = sentences.describe(only("SOMETHING_RETIRED", id), Locale.ENGLISH);
        assertTrue(english.sentence().endsWith(" did “SOMETHING_RETIRED” to competition #" + id), english.sentence());
        assertEquals(List.of("Edition: 2025"), english.changes());
    }
}
