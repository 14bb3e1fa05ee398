package org.greenhub.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10: names refuse control and invisible format characters; prose refuses control characters but line breaks. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Evil\u202Egnp.exe",
                "Ann\u200Ba",
                "Bob\u2066x\u2069",
                "Soft\u00ADhyphen",
                "Line\u2028break",
                "Nul\u0000",
                "Tab\tname",
                "Bom\uFEFFname",
                "<b>",
                "Half \uD800 surrogate"
            })
    void namesRefuseControlFormatAndMarkupCharacters(String name) {
        DomainException refusal = assertThrows(DomainException.class, () -> TextRules.name("displayName", name, 200));
        assertEquals("platform.validation.forbiddenCharacters", refusal.messageKey());
        assertEquals("displayName", refusal.field());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nguyễn Thị Hương",
                "绿源环保科技（苏州）有限公司",
                "บริษัท กรีน เอนเนอร์จี โซลูชั่นส์ จำกัด",
                "O'Brien-Smith",
                "Emoji 🌱 ok"
            })
    void namesInEveryLanguageAreKept(String name) {
        assertEquals(name, TextRules.name("displayName", "  " + name + " ", 200));
    }

    @Test
    void proseKeepsLineBreaksTabsAndAngleBracketsButRefusesOtherControls() {
        assertEquals("Revenue < 1M\r\n\tthen > 2M", TextRules.prose("comment", " Revenue < 1M\r\n\tthen > 2M ", 100));
        assertNull(TextRules.optionalProse("comment", "  ", 100));
        for (String bad :
                new String[] {"a\u0000b", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u0085", "half \uDC00"}) {
            DomainException refusal =
                    assertThrows(DomainException.class, () -> TextRules.optionalProse("comment", bad, 100), bad);
            assertEquals("comment", refusal.field());
            assertEquals("platform.validation.forbiddenCharacters", refusal.messageKey());
        }
        assertEquals(
                "platform.validation.tooLong",
                assertThrows(DomainException.class, () -> TextRules.prose("comment", "x".repeat(101), 100))
                        .messageKey());
    }

    @Test
    void controlCharacterChecksForTheEdge() {
        assertTrue(TextRules.hasControlCharacters("a\u0000"));
        assertFalse(TextRules.hasControlCharacters("two\r\nlines\twith tab"));
        assertTrue(TextRules.hasAnyControlCharacter("user\t@x"));
        assertFalse(TextRules.hasAnyControlCharacter("plain 绿"));
        assertFalse(TextRules.hasControlCharacters(null));
    }
}
